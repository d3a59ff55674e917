"""Hand labels for the second quotation gold set (quotes2): 14 BBC (dev-articles) + 12 CNN/DM
(cnndm-dev.jsonl, random.Random(11)).  Conventions: those of eval/quotes (see NOTES.md there and here).
Every offset is computed by searching the article text; nothing is typed by hand.
Run after select_articles.py; writes gold-quotes.json."""
import json
from pathlib import Path
BASE = Path(__file__).resolve().parent
MARKS = set('"“”‘’\'')
SEL = json.load(open(BASE / 'selection.json', encoding='utf-8'))


def load(aid):
    with open(BASE / 'articles' / f'{aid}.txt', encoding='utf-8', newline='') as fh:
        return fh.read()


def occ(t, s):
    out, i = [], t.find(s)
    while i >= 0:
        out.append(i)
        i = t.find(s, i + 1)
    return out


class Art:
    def __init__(self, aid):
        self.aid, self.t = aid, load(aid)
        self.quotes, self.nq = [], []

    def span(self, a, b=None, nth=None):
        """Part located by search: exact text `a`, or from the start of `a` to the end of the first `b` after it.
        `a` must occur exactly once, or exactly once directly between quote marks; otherwise nth (0-based)
        picks among the occurrences that are bounded by marks (among all occurrences if none is)."""
        o = occ(self.t, a)
        assert o, (self.aid, 'not found', a)
        if len(o) > 1:   # several hits: keep those directly bounded by quote marks (opening mark only if b)
            o2 = [i for i in o if self.t[i - 1:i] in MARKS
                  and (b is not None or self.t[i + len(a):i + len(a) + 1] in MARKS)]
            o = o2 or o
        if nth is None:
            assert len(o) == 1, (self.aid, 'ambiguous', a, o)
            s = o[0]
        else:
            s = o[nth]
        if b is None:
            e = s + len(a)
        else:
            j = self.t.find(b, s)
            assert j >= 0, (self.aid, 'end not found', b)
            e = j + len(b)
        return {'start': s, 'end': e, 'text': self.t[s:e]}

    def q(self, parts, name, kind, org=None, cue=None, partial=False):
        ps = [self.span(*p) if isinstance(p, tuple) else self.span(p) for p in parts]
        self.quotes.append({'parts': ps, 'partial': partial,
                            'speaker': {'name': name, 'kind': kind, 'org': org}, 'cue': cue})

    def n(self, a, why, nth=None):
        sp = self.span(a, nth=nth)
        sp['why'] = why
        self.nq.append(sp)


ARTS = {}


def art(aid):
    ARTS[aid] = Art(aid)
    return ARTS[aid]


P, O, U = 'person', 'organisation', 'unnamed'

# ---------------------------------------------------------------- BBC
a = art('bbc-business-008')
CH = 'Palaniappan Chidambaram'
a.q(['the terms of engagement in globalisation.'], CH, P, 'India', 'said', partial=True)
a.q([('A flexible exchange rate', 'negative shocks,')], CH, P, 'India', 'told the conference')
a.q([('Some countries have tried', 'any judgements,')], CH, P, 'India', 'said')

a = art('bbc-business-065')
a.q([('Of course we applaud', 'target the airlines?')], 'Ulrich Schulte-Strathaus', P,
    'Association of European Airlines', 'said')
a.q([('Our industry is in the midst', 'increase our costs,')], 'Ulrich Schulte-Strathaus', P,
    'Association of European Airlines', 'continued')
a.q([('should not hinder the competitiveness', 'solely funding development')], 'European Union', O, None,
    'added', partial=True)

a = art('bbc-business-089')
a.q(['generally too weak to produce a market reaction'], 'Junya Tanase', P, 'JPMorgan Chase', 'said',
    partial=True)
a.q([('We are concerned about these developments', 'our American friends,')], 'Nicolas Sarkozy', P, 'France',
    'said')
a.q(["in America's interest"], 'John Snow', P, 'US Treasury', 'said', partial=True)
a.q([('If the Americans were to change', 'up to them to say so,')], 'Nicolas Sarkozy', P, 'France', 'said')
a.q(['I fully welcome the words of Mr Snow,',
     'but we will need to see decisions adopted in that direction.',
     ('If the imbalances in the US economy', 'as in the past weeks.')],
    'Joaquin Almunia', P, 'European Union', 'said')

a = art('bbc-business-241')
GB = 'Gordon Brown'
a.q(['the 100% debt relief summit'], GB, P, 'UK', 'said', partial=True)
a.q(['the vast bulk'], GB, P, 'UK', 'said', partial=True)
a.q([('We could be at the beginning', 'finally taken care of,')], GB, P, 'UK', 'said')
a.q(['It is the richest countries hearing the voices of the poor.'], GB, P, 'UK', 'added')
a.q(['passed the first hurdle of 2005'], 'Max Lawson', P, 'Oxfam', 'said', partial=True)
a.q([('They need to move quickly', "for the world's poorest."),
     ('Two million children will die', 'deliver quickly.')], 'Max Lawson', P, 'Oxfam', 'added')
a.q(['winning support every day'], GB, P, 'UK', 'said', partial=True)
a.q(['legislative process'], 'John Taylor', P, 'US Treasury', 'said', partial=True)
a.q([('The US is completely committed', 'financing to do that,'),
     ('But this particular mechanism', 'and that is fine.')], 'John Taylor', P, 'US Treasury', 'said')
a.q(['excess volatility'], None, U, 'G7', 'said', partial=True)

a = art('bbc-business-296')
a.q(['to lose textile jobs'], 'Christian Aid', O, None, None, partial=True)
a.q(['There will be a period of adjustment required,',
     ('Some countries will do better', 'will do well out of this.'),
     ('Some countries where it may appear', 'existing trading relationships.')],
    'Keith Rockwell', P, 'World Trade Organisation', 'said')
a.q(['cut and run'], 'Christian Aid', O, None, 'has called on', partial=True)
AP = 'Andrew Pendleton'
a.q([('The losers in this new trade landscape', 'Sri Lanka and Nepal,'),
     ('They will be hard-pressed', 'lose their protection.'),
     ('We are deeply concerned', 'numbers of garment workers.')], AP, P, 'Christian Aid', 'said')
a.q([('put the interests of poor people first', 'markets at any cost')], 'Christian Aid', O, None, 'adding',
    partial=True)
a.q([('International trade must not be governed', 'against another,')], AP, P, 'Christian Aid', 'added')
a.n('race to the bottom', 'nested quote inside a Pendleton quote (set phrase)')

a = art('bbc-business-340')   # no quotations

a = art('bbc-business-413')
a.q(['in abeyance'], 'European Court of Human Justice', O, None, 'ruled', partial=True)
a.n('excessive debt procedures', 'name of an EU procedure, nobody reported as saying it')
a.q([('The commission concludes', 'excessive deficits by 2005,')], 'European Commission', O, None,
    'said in a statement')
a.q([('on the right track even amid', 'economic conditions')], 'Hans Eichel', P, 'Germany', 'saying',
    partial=True)
a.q(['We must continue along this path of saving money.'], 'Herve Gaymard', P, 'France', 'telling parliament')
a.q(['The Commission is buckling under the pressure from Germany and France, ',
     ('The scary fact is that budget sinners', 'fear any sanctions.')],
    'Alexander Radwan', P, "European People's Party", 'said')

a = art('bbc-business-424')
PM = 'Peter Mandelson'
a.q([('With this agreement the EU and US', 'arisen between them,'),
     ('I hope our negotiations', 'large civil aircraft.')], PM, P, 'EU', 'said')
a.q([('It has always been preferable', 'through legal recourse,')], 'EADS and BAE Systems', O, None,
    'said in a joint statement')

a = art('bbc-business-446')
a.q([("early in the EU's process", 'problems of enlargement')], "US Trade Representative's Office", O, None,
    'said', partial=True)
a.q([('Although the EU is a customs union', 'customs administration,'),
     ('Lack of uniformity, coupled with', 'small to mid-sized businesses')],
    'Robert Zoellick', P, "US Trade Representative's Office", 'said')
a.q([('We think the US case is very weak.', 'are being harmed,')], 'Anthony Gooch', P, 'EU', 'said')

a = art('bbc-business-478')
a.n('qualified industrial zones', 'name ("what are called"), nobody reported as saying it')

a = art('bbc-politics-017')   # no quotations

a = art('bbc-politics-126')
TB = 'Tony Blair'
a.q(['denial'], TB, P, None, 'tells EU', partial=True)          # headline: End Bush 'denial' Blair tells EU
a.q(['state of denial'], TB, P, None, 'is urging', partial=True)
a.q([('America has spoken.', 'should listen,')], TB, P, None,
    'said in an interview with The Times newspaper')
a.q(['a sort of state of denial'], TB, P, None, 'said', partial=True)
a.q(['receptive mood'], TB, P, None, 'predicted', partial=True)
a.q([('The fact is that President Bush', 'have chosen him,')], TB, P, None, 'argued')
a.q(['uniquely placed'], TB, P, None, 'suggested', partial=True)
a.q([('Europe today has more than ever', 'dynamism and unity.'),
     ('That is the goal of the constitution', 'multi-polar than ever.')],
    'Jacques Chirac', P, 'France', 'told reporters')
a.q(['spectator'], 'Iyad Allawi', P, 'Iraq', 'criticised', partial=True)

a = art('bbc-politics-127')
a.q(['make or break'], GB, P, None, 'will say', partial=True)
a.q([('We need more resources allied', 'the developing countries.')], GB, P, None,
    "told BBC Radio 4's Today programme")
a.n('Marshall Plan', 'name of a plan, nobody reported as saying it')
a.q(['That is why next year is a test,',
     ('If after five years of making promises', 'did not produce results.')], GB, P, None, 'said')
a.q([('2005 offers the chance', 'in shameful failure.')], 'Barbara Stocking', P, 'Oxfam', 'said')
a.q(['scar'], 'Blair', P, None, 'has described', partial=True)
a.q(['guff'], 'Bob Geldof', P, 'Band Aid', 'said', partial=True)
a.q([("There's no point in him demanding", 'the ones he already has,')], 'Alan Duncan', P, 'Conservative',
    'added')

a = art('bbc-politics-197')
a.q(['pressing US on climate'], 'Downing Street', O, None, None, partial=True)   # headline
a.q(['wanted to progress'], None, U, 'Downing Street', 'said', partial=True)
a.n('Kyoto-lite', "name of the proposed treaty (the Times' label), nobody reported as saying it")
a.q(['little prospect'], None, U, None, None, partial=True)

# ---------------------------------------------------------------- CNN / DM
a = art('dm-test-724ae40215c8d6c527b609b1503352f9e176cf5f')
a.q(['I like to think that I play enthusiastically and with aplomb.'], 'Malenda Meacham', P, None,
    'concluded in an interview with the New York Times')

a = art('dm-test-f8e569d2d6ba2128734f2aecfba17e3121149df3')
CD, TR = 'Charlotte Dell', 'Tamara Rusoff-Hoen'
a.q(['fluff'], CD, P, 'Hebrew Home', 'said', partial=True)
a.q(["We're looking to see if we can set a positive tone for the day,",
     ('What better way to start the day', 'a wonderful morning?')], CD, P, 'Hebrew Home', 'said')
a.q([('Do we know for sure', 'this is my son? No.'),
     'But they recognise them as somebody they care about and love.'], CD, P, 'Hebrew Home', 'said')
a.n('neighbourhoods', 'scare quotes, nobody reported as saying it')
a.q(['very positive'], CD, P, 'Hebrew Home', 'said', partial=True)
a.q(['both innovative and thoughtful'], 'Robert Abrams', P, 'New York Presbyterian Hospital', 'said',
    partial=True)
a.q([("You've got a group of people", 'compelled them to be there,'),
     ("Consequently they're alone", 'abandoned by family.')], 'Robert Abrams', P,
    'New York Presbyterian Hospital', 'said')
a.q([('Kiss, kiss, I love you', None, 0)], TR, P, None, 'signing off')       # caption
a.q(['Good morning, merry sunshine, how did you wake so soon?'], TR, P, None, 'sings')
a.q(['Kiss, kiss, I love you.'], TR, P, None, 'signs off')
a.q([('Some of her agitation comes from', 'Why am I here?".')], TR, P, None, 'said')
a.n('Who the heck are these people? Why am I here?', 'nested quote inside a Rusoff-Hoen quote')
a.q([('I am there with my mum', 'I can do for her.')], TR, P, None, 'said')
a.q(['I love you, mum.'], None, U, None, 'telling her')
a.q([('You used to tell me that attitude', 'sunny side of the street.')], None, U, None, 'telling her')

a = art('dm-test-92b97b70b55eaf31be089e0420c76a1001e2451a')
TW = 'Tom Wood'
a.q(['smelt blood'], TW, P, 'Northampton', 'claims', partial=True)
a.q([('I don’t think anyone intentionally', 'very difficult to manage,'),
     ('Some people think you’re away', 'across the board.'),
     ('You might win it and be partying', 'it’s difficult to manage.'),
     ('Now there’s light at the end', 'the home straight.')], TW, P, 'Northampton', 'said')
a.q([('We’ve had to speak a few hard truths', 'look at ourselves,'),
     ('Teams have smelt blood a little bit.', 'pride ourselves on.'),
     ('When you give them an in', 'strong scrum and set piece.'),
     ('We’ve definitely been knocked off', 'mask a lot of issues.')], TW, P, 'Northampton', 'said')
a.q([('I’m not going to be here next season', 'in the best possible way,'),
     ('It’s hard to get your head around', 'first time I faced him.')], 'Ugo Monye', P, 'Harlequins', 'said')

a = art('dm-test-f673f439c7419728d7949a5e5b36005765598158')   # no quotations

a = art('dm-test-e3e179218a3d9dbfbcd86a0f1d751b8070fd1443')
a.q(['I was outraged when I saw that police report,'], 'Ron O’Brien', P, 'Franklin County',
    'told The Columbus Dispatch')

a = art('dm-test-7447c4b76699b362889acda7ca184f1099401fc9')
RM = 'Ryan McGuigan'
a.q([('The FBI has been questioning him', 'the Gardner paintings,')], RM, P, None, 'said')
a.q([("But he's being set up", 'in the Gardner case.'),
     ('The gun charge is just an excuse', 'threaten him further.')], RM, P, None, 'added')
a.n('Landscape with an Obelisk,', 'painting title')
a.n('Storm on the Sea of Galilee', 'painting title', nth=0)        # Rembrandt van Rijn's '...'
a.n('The Concert', 'painting title', nth=0)                        # Vermeer's '...' (first quoted)
a.n('Storm on the Sea of Galilee', 'painting title', nth=1)        # Rembrandt's '...'
a.n('The Concert', 'painting title', nth=1)                        # Vermeer's '...' (second quoted)
a.n('A Lady and Gentleman in Black', 'painting title')
a.n('The Storm on the Sea of Galilee', 'painting title')

a = art('dm-test-822f4d3e5389cc01c392d0a2e4bbffd013fb2cf0')
a.q(['close to bringing Carlos home'], 'Daniel Angelici', P, 'Boca Juniors', 'claimed', partial=True)
a.n('chicken dance', 'name of the celebration', nth=0)
a.n('chicken dance', 'name of the celebration', nth=1)
a.q(['That game [against River] does not come into it.',
     ('I celebrated like that because', 'against Monaco [on Wednesday].'),
     ('As for my future, enough!', 'Juve are what count.'),
     ('Both Juve and I are going through', 'of Juve right now.'),
     ("I don't know if I will leave.", 'decided what to do.'),
     ("But it's not right to speak about it now", 'know what I decide.')],
    'Carlos Tevez', P, 'Juventus', 'telling Sky Sport Italia')

a = art('dm-test-f512695a290521cc82eac319a9c7232c45190d9d')
a.n('social progress index', 'name of the index')
a.q([('Overall, within Europe the UK’s ranking', 'Canada and Australia.'),
     ('The UK is let down by its disappointing', 'ecosystem sustainability.')],
    'Michael Green', P, 'social progress index', 'said')
a.q([('A striking finding is that', 'determinant of social progress.')], 'Michael Porter', P,
    'Harvard Business School', 'said')

a = art('dm-test-9a1dd9e7fc95541f3bed1db820cd44b426da5bf1')
a.q([('This is a major victory', 'for this terrorist group.'),
     ('For sure this will have an impact', 'a break among them.')], 'Raed al-Jabouri', P, 'Salahuddin', 'said')
a.q(['vehicle-borne improvised explosive device'], 'State Department', O, None, 'said', partial=True)
a.q([('The fighters of the Islamic State', 'a third in Erbil,')], 'Islamic State', O, None,
    'said via its news agency')
a.n('personality identification playing cards', 'official name of the cards')

a = art('dm-test-26c2f9864063d4ad1b2bc98203ef1a7942445ccc')   # no quotations

a = art('dm-test-23c3719e463500fa5c98de1e7fc61438e7f2d30a')
a.q([('If you are putting yourself forward', 'tested before the law,'),
     ('If he has got a leave of absence', 'almost single-handedly.')], 'Simon Danczuk', P, 'Labour', 'said')
a.q([('He couldn’t have signed this letter', 'non compos mentis.'),
     ('But if he isn’t compos mentis', 'Nazi war criminals?'),
     ('It stinks of the Establishment', 'no question about it.')],
    'Pete Saunders', P, 'National Association for People Abused in Childhood', 'added')
a.q([('Of course I didn’t know anything', 'at the time,'),
     'The man has dementia and should be left alone.'], 'David Ashby', P, None, 'said')
a.n('trial of the facts', 'name of a legal procedure')
a.q(['get to the bottom of the allegations'], 'Eleanor Laws', P, None, 'recommended', partial=True)
a.q([('It is the DPP’s job', 'what the DPP has done.')], None, U, 'Crown Prosecution Service', 'said')

a = art('dm-test-e9ed941169153051c2c912f34421d340974a58e8')
CCL = 'Carnival Cruise Lines'
a.q([('there was a large wave that hit', 'flooding through the deck')], None, U, None,
    'has told the Daily Telegraph', partial=True)
a.q([('Even as we speak the ship', 'creaking and moaning,'),
     ('Last night was absolutely horrendous.', 'flying off.'),
     ('One crew member has been working', 'roughest he’s seen.')], 'Kurt Foster', P, None, 'said')
a.q([('High winds have caused minor damage', 'some doorway carpets,'),
     ('This damage is superficial', 'as comfortable as possible.')], None, U, CCL,
    'told Daily Mail Australia')
a.q([('It’s not pleasant', 'like this all night,'),
     'I don’t think many people got much sleep.'], None, U, None, 'told ABC radio')
a.q(['early this morning'], None, U, CCL, 'confirmed with Daily Mail Australia', partial=True)
a.q([('The scheduled Sydney arrival', 'from boarding the ship,'),
     'The ship is now waiting off the Sydney coast line until the port is re-opened.'], CCL, O, None, 'said')
a.q([('It is mandatory maritime requirement', 'enters Sydney port,'),
     ('Guests and crew are safe and comfortable', 'for the harbour to re-open.', 0)], CCL, O, None, 'stated')
a.q([('Guests and crew are safe and comfortable', 'for the harbour to re-open', 1)], CCL, O, None, 'said')
a.q([('We are sorry to announce', 'enter Sydney Harbour.'),
     ('For guests scheduled to depart', 'originally scheduled port of Mare.')], CCL, O, None, 'said')

# ---------------------------------------------------------------- write
assert set(ARTS) == set(SEL), set(SEL) ^ set(ARTS)
out = {'about': 'direct quotations with speakers (second set, quotes2): 14 BBC (dev-articles, all bbc-* files) + '
                '12 CNN/DM (cnndm-dev.jsonl minus heldout and first-set ids, random.Random(11)); conventions of '
                'eval/quotes; labelled by hand, offsets computed by build_gold.py',
       'articles': {}}
for aid in SEL:
    A = ARTS[aid]
    qs = sorted(A.quotes, key=lambda q: q['parts'][0]['start'])
    nq = sorted(A.nq, key=lambda n: n['start'])
    out['articles'][aid] = {'source': SEL[aid], 'quotes': qs, 'not_quotes': nq}
json.dump(out, open(BASE / 'gold-quotes.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('wrote', BASE / 'gold-quotes.json', sum(len(v['quotes']) for v in out['articles'].values()), 'quotes')

# summary
tot = [0, 0, 0]
print(f"{'article':52} full partial not_q")
for aid, v in out['articles'].items():
    f = sum(not q['partial'] for q in v['quotes']); p = sum(q['partial'] for q in v['quotes']); n = len(v['not_quotes'])
    tot = [tot[0] + f, tot[1] + p, tot[2] + n]
    print(f'{aid:52} {f:4} {p:7} {n:5}')
print(f"{'TOTAL':52} {tot[0]:4} {tot[1]:7} {tot[2]:5}")
