"""Hand labels for the third quotation gold set (11 BBC politics + 12 CNN/DM).
Every offset is computed by searching the article text; nothing is typed by hand.
A part is given as (start_snippet, end_snippet[, anchor]): the part starts at the first occurrence of
start_snippet (after the end of `anchor`, if given; otherwise start_snippet must be unique in the article)
and ends at the end of the first occurrence of end_snippet from there."""
import json
from pathlib import Path
BASE = Path(__file__).resolve().parent
SEL = json.load(open(BASE / 'selection.json', encoding='utf-8'))


def text(aid):
    with open(BASE / 'articles' / f'{aid}.txt', encoding='utf-8', newline='') as fh:
        return fh.read()


def span(t, a, b=None, anchor=None):
    b = a if b is None else b
    if anchor is None:
        assert t.count(a) == 1, ('start snippet not unique / missing', a, t.count(a))
        s = t.find(a)
    else:
        assert t.count(anchor) == 1, ('anchor not unique / missing', anchor, t.count(anchor))
        s = t.find(a, t.find(anchor) + len(anchor))
        assert s >= 0, ('start snippet not found after anchor', a, anchor)
    e = t.find(b, s)
    assert e >= 0, ('end snippet not found', b)
    e += len(b)
    return {'start': s, 'end': e, 'text': t[s:e]}


def person(name, org=None): return {'name': name, 'kind': 'person', 'org': org}
def organisation(name): return {'name': name, 'kind': 'organisation', 'org': None}
def unnamed(org=None): return {'name': None, 'kind': 'unnamed', 'org': org}


def Q(parts, speaker, cue, partial=False):
    return ('Q', parts, speaker, cue, partial)


def PQ(parts, speaker, cue):
    return Q(parts, speaker, cue, partial=True)


def N(a, why, anchor=None, b=None):
    return ('N', a, why, anchor, b)


def NALL(a, why):
    """every occurrence of a (between marks) as not_quote"""
    return ('NALL', a, why)


LABELS = {}

# ---------------------------------------------------------------- BBC politics
LABELS['bbc-politics-202'] = [
    PQ([('disastrous',)], person('Tessa Jowell'), 'said'),
    Q([('If you look at the Market Square', 'at the door of?')], person('Steve Green', 'Notts police'),
      "asked on BBC Radio 4's World at One programme"),
    PQ([('epidemic',)], organisation('Royal College of Physicians'), 'said'),
    Q([('My view of this is very clear', "don't show the responsibility,"),
       ('The law-abiding majority', 'cause disturbances.'),
       ('To take away that ability', 'in my view, sensible.')], person('Tony Blair'), 'told MPs'),
    PQ([('urban savages',)], person('Charles Harris'), 'claimed'),
]

LABELS['bbc-politics-209'] = [
    PQ([('will not tolerate', 'will not tolerate', 'Abbas \'')], person('Mahmoud Abbas', 'Palestinian Authority'), None),
    PQ([('a 100% effort',)], person('Mahmoud Abbas', 'Palestinian Authority'), 'added'),
    PQ([('continuing stream',)], person('Jack Straw', 'UK'), 'said'),
    Q([('We believe peace is possible now', 'international legitimacy.')], person('Mahmoud Abbas', 'Palestinian Authority'), 'said'),
    Q([('We have an opportunity', 'allow it to slip away.')], person('Mahmoud Abbas', 'Palestinian Authority'), 'added'),
    PQ([('vital step',)], person('Jack Straw', 'UK'), 'said'),
    Q([("It's a high-level attendance", 'created by recent events,')], person('Jack Straw', 'UK'), 'added'),
    PQ([('a comprehensive, co-ordinated', 'the international community')], unnamed(), 'said'),
]

LABELS['bbc-politics-210'] = [
    PQ([('determination',)], person('Gordon Brown'), 'saying'),
    Q([('Our decisions mean more police', 'more nurses,'),
       ('We will provide help with information', 'this essential investment.')], person('Gordon Brown'), 'said'),
    Q([('In Wales the civil service is major employer', 'any other part of the country.'),
       ('Our protest is about defending jobs', 'across the country.'),
       ('Parts of Objective One areas', 'affected by these cuts.')], person('Jeff Evans', 'PCS Union'), 'said'),
    Q([('The majority of people have decided', 'threat to their jobs.'),
       ('I joined the civil service', 'as well as our jobs.'),
       ('People like pensioners need', 'they want to impose.')], person('Piers Freelove'), 'said'),
    Q([("We're asking for them to negotiate", 'make announcements.'),
       ("There's a sensible way to do things", 'go about it sensibly.'),
       ("The ballot was for one day's action.", 'further ballot of staff.')], person('Hugh Lanning', 'PCSU'), 'said'),
    Q([('This is a strike about national civil service issues.', 'local to Wales or the assembly.')],
      organisation('Welsh Assembly Government'), 'said'),
]

JCHR = 'joint committee on human rights'
LABELS['bbc-politics-214'] = [
    PQ([('shocks',)], organisation(JCHR), None),
    PQ([('shocking',)], organisation(JCHR), 'has warned'),
    PQ([('amounts to a serious failure', 'highly vulnerable group')], organisation(JCHR), 'found'),
    PQ([('presented themselves',)], organisation(JCHR), 'said'),
    Q([('Each and every death in custody', 'regardless of the circumstances.'),
       ('Yet throughout our inquiry', 'taking their own lives.'),
       ('These highly vulnerable people', 'even their basic needs.'),
       ('Crime levels are falling', 'problems that we encountered.'),
       ('Until we change our whole approach', 'duty of care to them.')], person('Jean Corston', JCHR), 'said'),
    PQ([('deeply worrying',)], organisation(JCHR), 'highlighted'),
]

JUDGES = person('Lord Justice Rix and Mr Justice Forbes', 'High Court')
LABELS['bbc-politics-229'] = [
    PQ([('a historic day for human rights', 'rule of law in the UK')], person('Phil Shiner'), 'described'),
    PQ([('to the total territory of another state',)], JUDGES, 'ruled'),
    PQ([('has been timely, open or effective',)], JUDGES, 'said'),
    Q([('It is not enough for the military', 'behind closed doors.'),
       ('There must be an effective public investigation', 'who might be responsible.')],
      person('Carla Ferstman', 'Redress'), 'said'),
    Q([('Obviously we will need to study', 'army prosecuting authority.'),
       ("I can't say anything further", 'considering whether to appeal.')], unnamed(), 'said'),
    Q([('Anyone at the top [of the military]', "get away with it',"),
       ('The Ministry of Defence does everything', 'under the rules of war.')], person('Bob Stewart'), 'said'),
    N("If there's a case to answer", 'nested quote (words Stewart imagines commanders saying) inside the Stewart quote',
      b='get away with it'),
]

LABELS['bbc-politics-238'] = [
    PQ([('superb job',)], person('Peter Duncan', 'Conservative'), 'said'),
    Q([('Their actions have reflected the pride', 'pay for their betrayal.'),
       ('I have been honoured to speak', 'throughout Scotland.')], person('Peter Duncan', 'Conservative'), 'added'),
    PQ([('big boost',)], person('Alex Salmond', 'Scottish National Party'), 'said'),
    Q([("Labour's arrogance has been their undoing.", 'being scrapped themselves,')],
      person('Alex Salmond', 'Scottish National Party'), 'said'),
    Q([('A serving soldier knows', 'proposing is right,')], person('George Foulkes', 'Labour'), 'said'),
]

LABELS['bbc-politics-295'] = [
    N('Downing Street dad', 'nickname, nobody reported as saying it'),
    Q([('That contest is a long way away', 'then wants to go.'),
       ('I think that the main contender', 'now great experience.')], person('Lord Kinnock', 'Labour'),
      "told ITV Wales' Waterfront programme"),
]

LABELS['bbc-politics-303'] = [
    PQ([('friendly and easy',)], unnamed(), 'According to'),
    Q([('Jeremy said he was encountering', 'the prime minister personally,'),
       ('They feel they could not agree', 'he is the prime minister.'),
       ('Asked if this was his own view', 'who were being difficult.')], unnamed(), 'reads'),
    Q([('I am sorry this is obviously hell', 'on stilts for you.'),
       ('Somehow I personally hope', 'work something out.')], person('Jeremy Thorpe', 'Liberal'), 'told Sir Edward'),
    Q([('The PM said he was bound to tell Mr Thorpe', "the prime minister's colleagues.")], unnamed(), 'show'),
]

LABELS['bbc-politics-366'] = [
    Q([('I believe that the generation that provided', "'the great generation',")], person('Gordon Brown', 'UK'),
      'said in a speech'),
    N('the great generation', 'title, nested inside the Brown quote'),
    Q([('At least $10 billion per annum', 'low and middle income countries.'),
       ('Existing financial commitments on their own', 'will not stop the pandemic.'),
       ("The UK's proposal for an International Finance Facility", 'to halve world poverty.')],
      person('Gordon Brown', 'UK'), 'added'),
    PQ([('large enough inducement', 'small pharmaceutical firms')], person('Gordon Brown', 'UK'), 'added'),
    Q([('While encouraging the pharmaceutical industry', 'a generation of people to death.'),
       ('HIV is decimating African countries', 'Treatments are needed now.')], person('Simon Wright', 'Actionaid'), 'said'),
]

LABELS['bbc-politics-386'] = [
    Q([('The result of any decision [to lift the arms embargo]', 'or qualitative terms,')], person('Jack Straw', 'UK'), 'said'),
    PQ([('irresponsible',)], person('Michael Ancram', 'Tory'), 'said'),
    PQ([('naive beyond belief',)], person('Michael Ancram', 'Tory'), 'said'),
    # the source has only the closing mark for this sentence; read as Ancram's words (the opening mark is lost)
    Q([('The French want the embargo lifted', 'battlefield technology from Europe.')], person('Michael Ancram', 'Tory'), 'said'),
    PQ([(' a worrying issue', 'East Asia overall')], person('Nobutaka Machimura', 'Japan'), 'told the British minister'),
    Q([('This is a huge political signal', 'forget about Tiananmen Square.')], person('Brad Adams', 'Human Rights Watch'), 'said'),
]

LABELS['bbc-politics-400'] = [
    PQ([('giant',)], person('Tony Blair'), 'called'),
    PQ([('mourned throughout the world',)], person('Gordon Brown'), 'said'),
    Q([('It was a commitment to public service', 'never forgot his roots.')], person('Gordon Brown'), 'said'),
    PQ([('immense sadness',)], person('Lord Hattersley'), 'said'),
    Q([('It was not a major surprise', 'a few days ago,'),
       ('He was a decent kindly man', 'politicians immensely.'),
       ('The Labour party and the country', 'poorer without him.')], person('Lord Hattersley'), 'said'),
    Q([("You don't get to the premiership", 'a streak of determination,'),
       ('But I saw the other side of Jim Callaghan', 'were very fond of him.')], person('Lord Heseltine', 'Conservative'), 'said'),
    PQ([('affection and respect',)], person('Michael Howard', 'Tory'), 'said'),
    Q([('When I was first elected in 1983', 'my early days in Parliament.'),
       ('He was always full of warmth and wisdom.',)], person('Charles Kennedy', 'Liberal Democrat'), 'said'),
    N('Father of the House', 'title, nested inside the Kennedy quote'),
    Q([('I am not going to resign.', 'throw me out')], person('Jim Callaghan', 'Labour'), 'said'),
    N('Winter of Discontent', 'name of a historical period'),
]

# ---------------------------------------------------------------- CNN / DM
LABELS['dm-test-34c643a2b86b20a0319d57a17e603752afadb410'] = [
    Q([('Who is Ms. Altice sleeping with now?',)], unnamed(), 'said'),
    PQ([('flirtatious',)], unnamed(), 'accusing'),
    PQ([('ridiculous',)], unnamed(), 'testified'),
    PQ([("she doesn't deserve to be here",)], unnamed(), 'testified'),
]

LABELS['dm-test-3e1334fcca9090a08d2dcb2fd56fb401c1c89911'] = [
    Q([('Working hard on my rehab', 'things are going better,'),
       ('I hope that I can go back on the field soon.', 'by my little Dione.')],
      person('Bafetimbi Gomis', 'Swansea City'), 'wrote on Instagram'),
]

GW = 'Glasgow Warriors'
LABELS['dm-test-c98105513bdb47a836f8d30dab3fd1fd725015ad'] = [
    # the second source paragraph is interrupted by a photo caption inside the marks; the caption is left out
    Q([('You get to a point where you start thinking', 'make the most of it,'),
       ('I really want to enjoy these last few games', 'hopefully the trophy.'),
       ('As retirement draws closer', 'I will miss incredibly.')], person('Dougie Hall', GW), 'said'),
    N('this could be the last game of rugby I ever play', 'nested quote (Hall\'s own thought) inside the Hall quote'),
    Q([('They have a number of quality players', 'better year on year,'),
       ('We really have to concentrate', 'in the coming weeks.'),
       ('I hope that gone are the days', 'really is top class.')], person('Dougie Hall', GW), 'explained'),
    Q([('The last thing you want to do', 'an injury in the gym,'),
       ('For me now it is all about managing myself', 'I can give it everything.'),
       ('As you get older you perhaps become', 'Warriors in 2007.'),
       ('I was the starting hooker', 'from what I say too.')], person('Dougie Hall', GW), 'explained'),
    Q([('Gethin has got a calf strain', 'for us yet this season,'),
       ('We want to play to a game plan', 'we have to do that.'),
       ('Glasgow are a good offloading side', 'than we did last weekend.')], person('Paul John', 'Cardiff Blues'), 'said'),
]

LABELS['dm-test-f294356d3cca1cfeb00f9e8bea4c197e7bf32b3e'] = [
    Q([('He has a very good kicking technique', 'should be more composed,'),
       ("I said to him 'you have to control", "before you shoot'."),
       ('I said that to him again', 'and then he shot.')], person('Louis van Gaal'), 'said to MUTV'),
    N('you have to control the ball before you shoot', 'nested quote (Van Gaal\'s own earlier words) inside the Van Gaal quote'),
]

LABELS['dm-test-26dff36c2bc2186229d2ad55c731fca241737a1a'] = [
    Q([('Avengers movie is out', '#AvengersAgeOfUltron.')], person('James Haskell', 'London Wasps'), 'posted'),
]

LABELS['dm-test-b955f7a918fe446c97fd8028e4fd524172a7b5e0'] = [
    Q([('The benefit was £185,000 and', 'will be the same'),
       ('The loser here ultimately was RBS', 'reimburse the account holders.')], person('David Hughes'), 'said'),
    Q([('If he makes a payment from his pension pot', 'would come to an end.')], person('David Hughes'), 'said'),
    Q([('It was late night poker', 'hope of a big win.')], person('Andrew Lawson'), 'told the court'),
    Q([('I no longer feel proud', 'fallen apart.')], person('Julie Jeffrey'), 'added'),
    PQ([('an ongoing impact within the community',)], person('Elaine May', 'NatWest'), 'said in a statement'),
    Q([('You stole roughly £185,000', 'undoubtedly vulnerable.'),
       ('Your fellow worker Julie Jeffrey', 'leaflets in all weathers.'),
       ('Plainly these are very serious offences', 'cross the custody threshold.'),
       ('You are of previous good character', 'considerable personal tragedy.'),
       ('Your wife suffered from cancer in 2005', 'caused him very serious injury.'),
       ('I accept this caused you', 'the money from customers.'),
       ('In my judgement I am afraid', 'would have been far longer.')], person('Simon Farrell'), 'told him'),
]

PAT = person('Pat Ingles'); JULIA = person('Julia Church')
LABELS['dm-test-2df882286a293175a402beb4dac2e1e3725049b9'] = [
    Q([('I really enjoy myself, I party hard,',),
       ('I have heard of the saying', "but I don't understand it.")], PAT,
      'admitted on the Channel 5 show OAPs Behaving Badly'),
    N('grow old gracefully', 'a saying, nested inside the Pat Ingles quote'),
    Q([('I have cared for people all my life.', 'look after me now.'),
       ('Whatever time I have left', 'love it till I die.')], PAT, 'said'),
    N('kinky', 'scare quotes, nobody reported as saying it', "a number of '"),
    Q([('I like to dress sexy', 'in whatever I wear.'),
       ("For my age I don't have a bad body.", 'and I like that.')], PAT, 'said'),
    Q([('She stays out till 1am', "it's cool.")], person('Paris'), 'said'),
    N("my nanna shouldn't do that", 'nested quote (thought) inside the Paris quote'),
    PQ([("we'll just keep going till we fall to bits", "we'll just keep going till we fall to bits", "who says '")], JULIA, 'says'),
    Q([("You can't judge others like us", "we're exactly the same."),
       ("I don't like the thought of getting old, we'll", "you'll make yourself depressed.")], JULIA, 'said'),
    Q([('We have a fantastic time together', "each others' company."),
       ('I realised how much I missed that', 'treat me like a lady.')], PAT, 'said'),
    Q([("I don't like the thought of getting old", "I don't like the thought of getting old", "She admits: '")], JULIA, 'admits'),
]

MM = person('Michelle Manhart')
LABELS['dm-test-bf7b70182529799f547cf260dde1a65acdecb60b'] = [
    PQ([('the entire United States',)], MM, 'says'),
    Q([('I did not want anything like this', 'they were walking on it.'),
       ('I was just going over there', 'to be on the ground.')], MM, 'said'),
    Q([('If your cause is racism', 'walk on them.'),
       ('But to walk on the flag', 'the way they are going about it.')], MM, 'continued'),
    PQ([("I didn't do anything wrong", 'would be a major issue')], MM, 'telling reporters'),
    Q([('The American flag represents everything', 'the symbol of our country.'),
       ('While I firmly disagree', 'their right to protest.')], person('William McKinney', 'Valdosta State University'), 'said'),
]

LABELS['dm-test-1d448f2090c737fbe32242eb26b57acf3ba8c08b'] = []

LABELS['dm-test-2d2a274c9b90ba217fbaa57351914d1920b4d354'] = [
    N('The Royal Matchmaker', 'nickname ("dubbed")'),
    Q([("With Sam Waley-Cohen's close links", "for the baby's name.")], person('David Williams', 'Ladbrokes'), 'said'),
    N('Sam', 'the name being bet on', "odds on '"),
    Q([('We have slashed his odds', 'from 66/1 to 40/1'),
       ('Given how close the Duchess', "their second baby's name.")], person('Simon Clare', 'Coral'), 'explained'),
    N('Long Run', 'name of a horse'),
]

LABELS['dm-test-b71b7737562c6aa7c3ceefcbb2073a35c9854e54'] = [
    Q([('On average, the more active members', 'their inactive co-twins.')],
      person('Urho Kujala', 'University of Jyvaskyla'), 'said'),
    N('buffer', 'scare quotes, nobody reported as saying it'),
]

LABELS['dm-test-d8de9e0854b100887953d6de7945a55cc6f7777f'] = [
    Q([('I was a little bit surprised to be substituted,',),
       ('Also, I was a little bit unhappy', 'see that I was unhappy.'),
       ('I asked the coach for a reason', 'a lot of games this season.')], person('Eden Hazard', 'Chelsea'), 'said'),
    Q([('Hazard is not hurt, but I had the impression', 'we did not have time.')], person('Marc Wilmots', 'Belgium'), 'added'),
]


def build():
    out = {'about': 'direct quotations with speakers, 11 BBC politics (dev2/dev3, every bbc-politics-* file) + 12 CNN/DM '
                    '(cnndm-dev, ids of heldout/quotes/quotes2 dropped, random.Random(13)), labelled 2026-11-30; '
                    'conventions as in eval/quotes/NOTES.md',
           'articles': {}}
    assert set(LABELS) == set(SEL), (set(LABELS) ^ set(SEL))
    for aid in SEL:
        t = text(aid)
        quotes, nots = [], []
        for item in LABELS[aid]:
            if item[0] == 'Q':
                _, parts, speaker, cue, partial = item
                ps = [span(t, *p) for p in parts]
                quotes.append({'parts': ps, 'partial': partial, 'speaker': speaker, 'cue': cue})
            elif item[0] == 'N':
                _, a, why, anchor, b = item
                d = span(t, a, b, anchor)
                d['why'] = why
                nots.append(d)
        quotes.sort(key=lambda q: q['parts'][0]['start'])
        nots.sort(key=lambda n: n['start'])
        out['articles'][aid] = {'source': SEL[aid], 'quotes': quotes, 'not_quotes': nots}
    json.dump(out, open(BASE / 'gold-quotes.json', 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
    nf = sum(1 for a in out['articles'].values() for q in a['quotes'] if not q['partial'])
    npq = sum(1 for a in out['articles'].values() for q in a['quotes'] if q['partial'])
    nn = sum(len(a['not_quotes']) for a in out['articles'].values())
    for aid, a in out['articles'].items():
        f = sum(1 for q in a['quotes'] if not q['partial']); p = len(a['quotes']) - f
        print(f'{aid}: full {f}, partial {p}, not_quotes {len(a["not_quotes"])}')
    print(f'TOTAL full {nf}, partial {npq}, not_quotes {nn}')


if __name__ == '__main__':
    build()
