"""Hand labels for the quotes10 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py (k counts only occurrences directly
after a quote mark; NoOpen is a span whose opening mark the source lacks). One addition, defined here and
used once (dm-fb11): NoOpenAfter(left, "exact span") is a NoOpen span whose text occurs more than once in
the article; it is found as the unique string left + span (str.find, must occur once) and starts after left.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
import gold_builder  # noqa: E402
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401


class NoOpenAfter(NoOpen):
    """A span with no opening mark, located by a unique left context (the context is not part of the span)."""

    def __new__(cls, left, text):
        obj = super().__new__(cls, text)
        obj.left = left
        return obj


_span = gold_builder.span


def _span_with_context(t, spec, frm=0, every_occurrence=False):
    if isinstance(spec, NoOpenAfter):
        ctx = spec.left + str(spec)
        i = t.find(ctx, frm)
        assert i >= 0 and t.find(ctx, i + 1) < 0, ('NoOpenAfter context not found once', ctx)
        s = i + len(spec.left)
        return {'start': s, 'end': s + len(spec), 'text': t[s:s + len(spec)]}
    return _span(t, spec, frm, every_occurrence)


gold_builder.span = _span_with_context

L = {}

# ---------------------------------------------------------------- 1 Arsenal pre-match playlist
L['dm-test-ac45385d07d6a241c11b45cfaa2bb5daea79ad7c'] = [
    N('Every Teardrop Is A Waterfall', 'song title'),
    N(('Happy', None, 1), 'song title'),
    N(('Dangerous', None, 1), 'song title'),
    N(('Tranquila', None, 1), 'song title'),
    N(('Dangerous', None, 2), 'song title (caption)'),
    N(('Happy', None, 2), 'song title (caption)'),
    N('Wish You Were Mine', 'song title'),
    N("Can't Hold Us", 'song title'),
    N('End Credits', 'song title (no closing mark in the source)'),
    N('Arabella', 'song title'),
    N('Figure It Out', 'song title'),
    Q([("As Arsenal's official car and van rental partner", 'important game this weekend,'),
       "It's certainly an eclectic playlist.", 'We wish Arsenal the very best of luck in the match.'],
      'Ken McCall', org='Europcar UK Group', cue='explained'),
    N(('Tranquila', None, 2), 'song title (caption)'),
    N("Loungin'", "song title (the apostrophe of Loungin' is inside the marks)"),
]

# ---------------------------------------------------------------- 2 Nadal, Barcelona Open
RN = dict(name='Rafael Nadal')
L['dm-test-3bfe07e0cc57d601ab333fe30327ba0dc036298e'] = [
    Q(["I had today's match more or less under control and I think I made very few errors,"],
      cue='told Spanish television', **RN),
    Q([('It was the first match of the week', 'maximum respect,')], cue='added', **RN),
]

# ---------------------------------------------------------------- 3 al-Khansa Brigade defectors
KB = dict(name='al-Khansa Brigade', kind='organisation')
IS = dict(name='Islamic State', kind='organisation')
L['dm-test-5bc6298ee39eebe5d8f19e5f015c1180535b6100'] = [
    P('standard', 'Doaa', cue='said'),
    Q(["What upset me most was lashing old women when they weren't wearing the proper clothes."], 'Doaa',
      cue='said'),
    Q([('Most of the time I would stay', 'then go back to fight,')], 'Umm', cue='said'),
    P('sedentary', cue='are told', **KB),
    P('hidden and veiled', cue='adds', **KB),
    N('Until It Came To Them - Clear Evidence', 'video title'),
    P('followers of the cross from the enemy Ethiopian Church', cue='described', **IS),
]

# ---------------------------------------------------------------- 4 Spahic and the stewards
L['dm-test-9dbeef62a3e0fbfaf73a647dc5ec41e55c787c2c'] = [
    Q([('It is clear that there has been a physical dispute', 'why they were there.')], org='Bayer Leverkusen',
      cue='said', **UN),
]

# ---------------------------------------------------------------- 5 Cameron's volunteering leave
DC = dict(name='David Cameron', org='UK')
SW = dict(name='Simon Walker', org='Institute of Directors')
EP = dict(name='Eric Pickles', org='UK')
JP = dict(name='John Prescott')
L['dm-test-fb1117897822bddb6586aa283e4a67d82b507f3a'] = [
    P(NoOpenAfter('as\xa0', 'heavy-handed government intervention'), cue='criticised', **SW),
    Q([('This election is about building', 'just as important too.'),
       ('This is the clearest demonstration', 'that will deliver it.')], cue='said', **DC),
    Q([('Many, many businesses', 'the spirit of philanthropy.'),
       ('Businesses should support their staff', 'heavy-handed government intervention.'),
       ('This announcement not only undermines', 'it has to be a choice.')], cue='criticised', **SW),
    Q([('Corporate volunteering is a triple win', 'a win for companies.')], 'Mike Rake', org='BT', cue='said'),
    Q(['Any initiative that encourages people to volunteer is good news,',
       ('All of us struggle to find extra time', 'communities all around the UK.')], 'Bear Grylls', cue='said'),
    Q([('Nobody is forcing anybody to volunteer', 'problems to the company,')],
      cue="told BBC Radio 4's Today programme", **EP),
    P('a bit of give and take', cue='added', **EP),
    Q([("We're talking about three days", 'inconvenience to the health service,')], cue='said', **EP),
    P('car crash', cue='said', **JP),
    Q([("If yesterday's Michael Fallon interview", 'motorway pile-up #r4today.')], cue='tweeted', **JP),
    Q([('This is a re-announcement from David Cameron', "before it's even been made."),
       ('Giving every public servant', 'almost 3,000 teachers.')], 'Lisa Nandy', org='Labour', cue='said'),
]

# ---------------------------------------------------------------- 6 La Liga preview
L['dm-test-47681f33b383d3000a13cff5c5429771204619ed'] = [
    Q([('We are not thinking about the PSG match', 'the visit of Valencia.'),
       ('Mentally we will have no problems', 'things we have to assess.')], 'Luis Enrique', org='Barcelona',
      cue='said'),
    Q([('What we have seen confirms', 'but they do have some.')], 'Nuno Espirito Santo', org='Valencia', cue='said'),
    Q([('Malaga played very well against Atletico', 'in order to win it.')], 'Carlo Ancelotti', org='Real Madrid',
      cue='said'),
]

# ---------------------------------------------------------------- 7 Leeds v Warrington (no quotation marks)
L['dm-test-0ccc7d7223489e89d2b91271d2a0b1c4ac9c20e2'] = []

# ---------------------------------------------------------------- 8 Summer Robertson
SJ = dict(name='Sarah and John Robertson')
JR = dict(name='John Robertson')
L['dm-test-ec374b769e8112884310bb3b4a7d261ab4625490'] = [
    P(('bubbly tomboy', None, 1), cue='have paid tribute', **SJ),
    P(('bubbly tomboy', None, 2), cue='described', **SJ),
    Q(['I spoke to her that Thursday morning.',
       ('She said everything was great', 'before they came home.'),
       ('I was due to pick her up', 'she was living the dream.')], cue='explained', **JR),
    Q([('She was only paddling in shallow waters.', 'horribly sad.'),
       ('On the night of her death', 'I knew straight away.'),
       ('I knew it was either Summer', 'while at university.'),
       ("As soon as they said Summer's name", 'something had happened.')], cue='added', **JR),
    Q([('It has motivated us', 'positive in her memory.'),
       ("We've decided to take a leaf", 'take life so seriously.'),
       ("Now I don't mind so much", 'paying the mortgage.'),
       "That's only stuff, as Summer would say."], 'Sarah Robertson', cue='said'),
]

# ---------------------------------------------------------------- 9 Britt McHenry
BM = dict(name='Britt McHenry', org='ESPN')
GM = dict(name='Gina Michelle', org='Advanced Towing')
L['dm-test-272cd78ced8fe137028e76ac8fdc7bda226a4986'] = [
    Q(['I’m in the news, sweetheart, I will f-----g sue this place,'], cue='saying', **BM),
    P('play your video', cue='threatens', **GM),
    Q([('That’s why I have a degree', 'a scumbag place like this,'), 'Makes my skin crawl even being here.'],
      cue='responds', **BM),
    Q(['Well lets get you out of here quickly.'], cue='replies', **GM),
    Q([("Yep, that's all you care about", 'Just wanted to clarify that.')], cue='fires back', **BM),
    Q([('Maybe if I was missing some teeth they would hire me, huh?', None, 1),
       ("Cos' I'm on television", 'trailer, honey.')], cue='says', **BM),
    Q(['Lose some weight, baby girl.'], cue='says', **BM),
    Q([('Maybe if I was missing some teeth they would hire me, huh?', None, 2)], cue=None, **BM),
    P('corrupt', cue='rant', **BM),
    P('intense and stressful moment', cue='saying', **BM),
    Q([('In an intense and stressful moment', 'learn from this mistake.')], cue='posted online', **BM),
]

# ---------------------------------------------------------------- 10 first aid in schools
AB = dict(name='Andy Burnham')
L['dm-test-7b27f7ffb9c90f5786516c3837fa229f1c051757'] = [
    P(('close to his heart', None, 1), cue='told The Mail on Sunday', **AB),
    Q([('One of my constituents', 'circumstances is incomprehensible.'),
       ('Our manifesto pledge', 'looking after each other.')], cue='said', **AB),
    P(('close to his heart', None, 2), cue='said', **AB),
    N('revenge porn', 'term'),
    N('promise portal', 'name of the charity’s portal'),
    Q([('We have been calling for first aid', 'learn to be a lifesaver.'),
       ('This is a policy that has had backing', 'yet to become reality.'),
       ('We’re delighted that Labour', 'General Election manifestos.'),
       ('We are continuing to call', 'their individual support.')], 'Richard Fernandez', org='St John Ambulance',
      cue='said'),
]

# ---------------------------------------------------------------- 11 Gary Locke, Kilmarnock
GL = dict(name='Gary Locke', org='Kilmarnock')
L['dm-test-008aa71f64621995d749aff42be822b1b6ca7bc9'] = [
    Q([('I’d be over the moon', 'worked hard towards,'),
       ('I had a taste of it', 'a fantastic opportunity.'),
       ('But I’ve said all along', 'great response from them.'),
       ('That’s how football works.', 'who gets the stick.'),
       ('I’ve got broad shoulders', 'I have tried to tell them.')], cue='said', **GL),
    Q([('(Coaches) Alan Robertson', 'in helping me, too.'),
       ('You can’t do all of these things', 'all of these people enough.')], cue='added', **GL),
    Q([('When you are dealing with contracts', 'foresee any problems,'),
       ('There hasn’t really been a hold-up.', 'and I have done that.'),
       ('I will keep all that private', 'dealt with it brilliantly.'),
       ('I’ve no complaints there', 'home game against Motherwell.'),
       ('Our new board of directors', 'as positive as possible.'),
       ('There are a lot of plans in place', 'to be part of that.')], cue='said', **GL),
    Q([('I’ve said for a number of weeks', 'what their futures are,'),
       ('So it will be great to get moving', 'prepare for next season.'),
       'You can’t do that until you are the main man.'], cue='said', **GL),
]

# ---------------------------------------------------------------- 12 Peter O'Toole's last film
MR = dict(name='Michael Redwood')
L['dm-test-236c65a580afbdabcd2b7ba5b779e026d698d978'] = [
    P('whenever the devil inside', cue='According to', **MR),
    Q([('Peter was certainly not the type', 'angles of shots and the lighting.')], cue='said', **MR),
    Q([('Of course, the inevitable wind-ups', 'needed entertaining.')], cue='added', **MR),
    Q([('My agenda was simple', 'story of this religious icon.'),
       ('The dialogue demanded', 'most haunting in its delivery.')], cue='said', **MR),
    Q([('Peter managed to politely subdue', 'an intimate library scene together.'),
       ("I'd asked Peter to perhaps whisper", 'could never be printed.')], cue='said', **MR),
]

# ---------------------------------------------------------------- 13 ISIS execution video, Deir ez-Zor
L['dm-test-2c5c7981506ca3d0b86baa2f339ac7aa121fbec1'] = [
    N('Until It Came To Them - Clear Evidence', 'video title'),
    P('followers of the cross from the enemy Ethiopian Church', cue='described', **IS),
    N('special tax', 'name of the tax (jizya); term'),
]

# ---------------------------------------------------------------- 14 longboarder crash
L['dm-test-9e0bc5a95b7dc5489316fe88caff673f3d2c7644'] = [
    Q([('We were very happy that he only received minor injuries', 'two deep cuts in his face,')], cue='added', **UN),
]

# ---------------------------------------------------------------- 15 Operation Elveden collapses
RG = dict(name='Roy Greenslade')
BMa = dict(name='Brandon Malinsky', org='The Sun')
AS = dict(name='Alison Saunders', org='Crown Prosecution Service')
L['dm-test-7344a9b120b339c394c3f905cbc1097096de9b2e'] = [
    N('politically-motivated witch hunt', 'characterising label; nobody is named as saying it'),
    P('enough is enough', cue='said', **UN),
    Q(['It was always wrong for journalists to have been prosecuted for doing their jobs.'], cue='adding', **UN),
    P('remarkable', cue='said', **RG),
    Q(['Enough is enough.'], cue='adding', **RG),
    P('two years of torture', cue='said', **BMa),
    Q([('I think the police and CPS', 'disgraceful waste of public money.')], cue='added', **BMa),
    P('inevitable', cue='said', **AS),
    P('duty', cue='said', **AS),
]

# ---------------------------------------------------------------- 16 Cardiff fans boycott Elland Road
CC = dict(name='Cardiff City', kind='organisation')
KC = dict(name='Ken Choo', org='Cardiff City')
CF = dict(name='Clive Francis', org='Cardiff City Supporters Club')
L['dm-test-8bb6ee1e1bcf32886f7de25876d962442ebc7cb7'] = [
    P('as a matter of principle', cue=None, **CC),
    Q([('Our preference was for Cardiff City fans', 'this could not be permitted,'),
       ('With the intelligence and information available', 'any perceived risk.'),
       ('As stated by our Supporter Groups', 'if they chose to do so.')], cue='said in a statement', **KC),
    P('respect and freedom', cue='said', **KC),
    N('beam back', 'term'),
    Q([('For the game on Saturday', 'beam back at Cardiff City Stadium,'),
       ('Doing so would at least allow', 'a lesser degree than preferred.')], cue='added', **KC),
    Q([('Cardiff City Supporters Club fully endorses', 'various travel groups.'),
       ('The "bad old days"', 'Leeds United Football Club.')], cue='said', **CF),
    N('bad old days', 'nested quote (scare quotes inside the quote)'),
    N('fans', 'nested quote (scare quotes inside the quote)'),
]

# ---------------------------------------------------------------- 17 Mayweather / Pacquiao oddities (no quotation marks)
L['dm-test-56fbcd0758c6b657fd8d1efcd9054650ec762c93'] = []

# ---------------------------------------------------------------- 18 Bradley Neil at the Masters
BN = dict(name='Bradley Neil')
L['dm-test-a1082205036968a415aa0bca8d41e362469ede84'] = [
    P('kick up the arse', cue='admitted', **BN),
    Q(['It was a great learning experience but very tough,',
       ('Every time you get to play', 'keep working harder.'),
       ("I've prepared well for this", "I'll take that on board."),
       ("I'm very jealous of him", "I'm desperate to come back.")], cue='said', **BN),
    P('give himself a kick up the a***', cue='admitted', **BN),
    Q([('You know how tough this place is', 'blown out of the water,'),
       ("You don't realise how tough it is", "can't believe the difference."),
       ('It deserves all the respect it gets.', 'kept coming back at me.'),
       ("I'm disappointed with the last two days", 'on 11 over at Hoylake).'),
       ('I thought this would suit me better', 'easy on the amateur scene.')], cue='added', **BN),
]

# ---------------------------------------------------------------- 19 Spain lose to Holland
GP = dict(name='Gerard Pique', org='Barcelona')
L['dm-test-7c9201a07ffd4647e3c37af77b69571e0fad1c45'] = [
    Q(["The national team's state of health is good,"], cue='told reporters', **GP),
    Q([('We are in a process where players', 'gathering experience,'),
       ('We are second in qualifying', 'games are for experimenting.'),
       ('I am not that worried about this match', 'ended up winning titles.')], cue='added', **GP),
    Q(['The team is in good shape,',
       ('We have a very clear idea', 'a place for themselves in the team.')], 'Pedro', cue='told reporters'),
]

# ---------------------------------------------------------------- 20 Docherty hook attack (no quotation marks)
L['dm-test-5f5a8814d8ec3c16299782db7c724cb771ea5adb'] = []

# ---------------------------------------------------------------- 21 honeybee brain drones
JM = dict(name='James Marshall', org='Green Brain Project')
L['dm-test-7b64ed2057255f31383bfb888bbb1284ce3b027d'] = [
    P('tremendous advances', cue='said', **JM),
    Q([('Bees and all other insects', 'we are nowhere near equalling,'),
       ('If we could even recreate', 'made a tremendous advance.')], cue='told the BBC', **JM),
    Q([('Since the start of the project', 'cognitive functions through embodiment.'),
       ('Current projects include navigation', 'chemosensors and more.')], 'Green Brain Project',
      kind='organisation', cue='states'),
]

# ---------------------------------------------------------------- 22 US immigrant population
SC = dict(name='Steven Camarota', org='Center for Immigration Studies')
L['dm-test-6009e3e47232dca9ecaf3b88c4a55897695d1781'] = [
    P(('important implications for workers', 'congestion and the environment'), cue='said', **SC),
    Q([('They also may have implications', 'integrate immigrants,'),
       ('Yet there has been almost no national debate', 'driving these numbers.')], cue='added', **SC),
    Q([('It defies reason to argue', 'climb into the middle class.'),
       ('Why would many of the largest business groups', 'did not cut labor costs?')], 'Jeff Sessions',
      cue='wrote'),
    N('Understanding and Improving the High-Skilled H-1B Visa Program', 'title of the meeting'),
]

# ---------------------------------------------------------------- 23 Swansea v Everton, Martinez
RM = dict(name='Roberto Martinez', org='Everton')
L['dm-test-b2cb5f0ff341db640a7f7c41ecd1b56650dbff84'] = [
    P('common sense', cue='claimed', **RM),
    Q([('My thoughts are that straight away', 'he gets unbalanced.'),
       'Sometimes you need to apply a little bit of common sense.',
       ("Clearly there's contact.", 'given as a free-kick.'),
       ('The whole action for me is too soft.', 'threat to give a penalty.'),
       ("He's trying to protect the ball", 'the free-kick to be given.'),
       ("It's one of those actions", 'more above the occasion.'),
       ('You felt the crowd were asking', 'on the receiving end.')], cue='said on BT Sport 1', **RM),
    P('a real disappointment', cue='labelled', **RM),
    Q([('The only criticism is', "the draw doesn't reflect what happened.")], cue='added', **RM),
]

# ---------------------------------------------------------------- 24 Manchester City training, Souness on Toure
GS = dict(name='Graeme Souness', org='Sky Sports')
L['dm-test-8a498eaadb160004b2a71cab6b7c213b15281961'] = [
    P('a bit of a liability', cue='said', **GS),
    Q([('When he is playing and he has the ball', 'a real threat going forward,'),
       ("When they don't have the ball", 'back towards his own goal.')], cue='said', **GS),
    Q([("He just doesn't take part", "one of the big reasons why")], cue=None, **GS),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 24 CNN/DM rows of cnndm-dev (random.Random(44).sample of the 67 rows left '
                'after excluding heldout/quotes/quotes2..quotes9/dev3-articles ids; all dm-test); conventions of eval/quotes/NOTES.md')
