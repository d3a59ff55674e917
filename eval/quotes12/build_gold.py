"""Hand labels for the quotes12 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py, unmodified (k counts only occurrences
directly after a quote mark; NoOpen is not needed in this set). Nothing is typed as a number.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ---------------------------------------------------------------- 1 Germans as victims; Munich documentation centre
L['dm-test-30fe317731be70bc2e1bac6ce4ed9bec162dbc98'] = [
    Q([('German journalists are interested in my book', 'which is not allowed, it seems,'),
       ('We have to think of ourselves as the bad guys', 'a controversial thing to suggest otherwise.')],
      'Florian Huber', cue='told the newspaper'),
    P("the long repressed confrontation with the special role Munich played.", 'Monika Gruetters', org='Germany',
      cue='called'),
]

# ---------------------------------------------------------------- 2 newlywed dies on honeymoon road trip
LS = dict(name='Lindsey Sims')
JS = dict(name='John Sims')
L['dm-test-c76689456391bf2c912c64e544af6812a5dd8fb4'] = [
    Q([("We've driven through the mountains", "we've seen waterfalls,")], cue='said', **LS),
    Q(['This world will be a much sadder place without John in it,'], cue='told KHOU11 News', **LS),
    Q([('The biggest thing that John would want', 'there is still love out there,')], cue='said', **LS),
    Q([('Everyone deserves to be loved.', 'Something that I will cherish forever.')], cue=None, **LS),
    Q([('My love for you is eternal,', None, 1)], cue='told his bride in their wedding vows', **JS),
    Q([('My love for you is eternal,', None, 2)], cue='told his bride in their wedding vows', **JS),
]

# ---------------------------------------------------------------- 3 Riddick Bowe tweets for $20
RB = dict(name='Riddick Bowe')
L['dm-test-2cbe1cf51723fd689e29b3a7e4f1e51d30fef1cd'] = [
    P('tweet anything', cue='offered', **RB),
    Q([('I will tweet anything to anyone', "Thats whats up. Bowe")], cue='said', **RB),
    Q([('I tell you all now @JakeLeeYes', "Thats whats up. Bowe")], cue='read', **RB),
    Q([("Im now in the business of endorsing", 'thats what i do.')], cue='wrote', **RB),
]

# ---------------------------------------------------------------- 4 Colorado snowstorm pileup
BD = dict(name='Brian Domonkos', org='U.S. Department of Agriculture')
L['dm-test-7bd0f51cb4745f01c3c69c0eead3ec9c5cdebc51'] = [
    Q(['My car was just sitting there on this little island on its own,',
      'It was pretty surreal. I feel pretty lucky today.'], 'Lisa Lai', cue='said'),
    Q(["We're in Colorado. We have four seasons in one day,"], 'James Schmidt', org='Colorado State Patrol',
      cue='said'),
    Q([('To see the decline that we saw', 'that is abnormal,'),
       ('And to see it continue almost unabated', "that's quite abnormal.")], cue='said', **BD),
]

# ---------------------------------------------------------------- 5 girl trapped by the neck in window bars
L['dm-test-97856d25655e18bd104a1c6bdf86fa174d17dc51'] = [
    Q([('Her terrified screams alerted us', 'she was slowly slipping down.'),
       ('So a bunch of us leapt to action', 'telling her not to panic.')], cue='told local TV', **UN),
    N('lifting man', 'term (internet slang coined by users)'),
    Q(['Nice people are still around,'], 'Baby Lexuan', cue='commented'),
    N('Baby Lexuan', 'name (online handle)'),
]

# ---------------------------------------------------------------- 6 'Wil Can Fly' photo series
AL = dict(name='Alan Lawrence')
L['dm-test-8b59ee002241e9d71ee828201f6daac93a7b9e5b'] = [
    P(('mind was flooded with many emotions', 'were not positive.'), cue=None, **AL),
    P('brings a light to our family.', cue='tells ABC', **AL),
    P('opened so many doors', cue='said', **AL),
    N('Wil Can Fly:', 'title of the photo series (caption heading; the colon is inside the marks)'),
    N(('Wil Can Fly', None, 2), 'title of the photo series'),
    Q([('When Wil was little', "It wasn't something any of my other kids did,"),
       "We all said, 'Look, he's flying!"], cue='told ABC', **AL),
    N("Look, he's flying!", 'nested quote (shares its closing mark with the outer quote)'),
    N('flying', 'scare quotes'),
    N('Peter Pan', 'title of a book (caption)'),
]

# ---------------------------------------------------------------- 7 baby balancing on his father's palm
L['dm-test-fcbb911ad422af9da30cd8c28c25769c06df45e6'] = [
    N('magically fly', 'scare quotes'),
    N(('circus act', None, 1), 'scare quotes'),
    N('riding shotgun on a skateboard', 'description of a video; nobody is said to have used the words'),
    P('fun', cue='describe', **UN),
    P('crazy', cue='describe', **UN),
    N(('circus act', None, 2), 'scare quotes (caption)'),
]

# ---------------------------------------------------------------- 8 UN report: foreign fighters
PN = dict(name='panel of experts monitoring UN sanctions against Al-Qaeda', kind='organisation')
L['dm-test-8ececf760ca96748a4f75d7fa7c1e13092738fbf'] = [
    P(('international finishing school', None, 1), cue='found', **PN),
    P('a veritable “international finishing school” for extremists', cue='said', **PN),
    N(('international finishing school', None, 2), 'nested quote'),
    P('is higher than it has ever been historically', cue='said in the report', **PN),
    P(('risen sharply from a few thousand', 'to more than 25,000 today,'),
      cue='said in the report to the UN Security Council', **PN),
    N('watch list', 'term'),
    P('high number', cue='cited', **PN),
    P('pose an immediate and long-term threat', cue='said', **PN),
    P('an urgent global security problem', cue='said', **PN),
    P(('is growing, particularly with attacks', 'public spaces and venues'), cue='said', **PN),
    P('generating public panic', cue='noted', **PN),
    P('be measured, effective and proportionate.', cue='stressed', **PN),
]

# ---------------------------------------------------------------- 9 Trussell Trust food bank figures
IDS = dict(name='Iain Duncan Smith', org='UK')
FO = dict(name='Frances O’Grady', org='Trade Union Congress')
L['dm-test-d630035ba94ce748c4870e420ea807bf3701414e'] = [
    P('shocking', 'Labour and the TUC', kind='organisation', cue='seized on'),
    P(('unverified', None, 1), cue='said', **IDS),
    P('political football', 'Oxford Food Bank', kind='organisation', cue='warned'),
    Q([('Despite welcome signs of economic recovery', 'to prevent and relieve hunger in the UK.')],
      'Adrian Curtis', org='Trussell Trust', cue='said'),
    P(('unverified', None, 2), cue='dismissed', **IDS),
    Q([('The shocking rise in the number of people', 'shows the Tory plan is failing.'),
       ('David Cameron’s failure to tackle low pay', 'depending on emergency food aid.')],
      'Rachel Reeves', org='Labour', cue='said'),
    Q([('This should make all of us ashamed', 'grave damage to the welfare safety net.'),
       ('Vicious sanctions and benefit cuts', 'if we lose our job or have an accident.')], cue='said', **FO),
    Q([('It is extremely worrying to see', 'to visit food banks in the UK.')], 'Rachael Orr', org='Oxfam',
      cue='said'),
    P(('unverified', None, 3), cue='said', **IDS),
    Q([('We are not going to take lectures', 'hit the poorest harder than anyone.'),
       ('The best way to help families', 'two million more people in work since the last election.'),
       ('It is only by continuing with our term economic plan', 'the economic security that comes with it.')],
      cue='added', **IDS),
    P('shameful', cue='described', **FO),
    Q([('We think that increasing use of food banks', 'whereas food poverty is not.'),
       ('As an organisation which draws its volunteers', 'a section of that support.'),
       ('The issue of food banks and food poverty', 'the issue of waste in the food cycle.'),
       ('It is high time the OFB model', 'encouraged and replicated elsewhere.')],
      'Oxford Food Bank', kind='organisation', cue='said'),
]

# ---------------------------------------------------------------- 10 Adebayor's dance in Paris
L['dm-test-1d7372a702e28387412146f1822625a36c8f828f'] = [
    P('eccentric', cue='branded', **UN),
]

# ---------------------------------------------------------------- 11 Vaughan talks with the ECB
MV = dict(name='Michael Vaughan')
L['dm-test-b93353a4ea2c5e16d06107c42ad4b2ef152a5ff9'] = [
    Q(['I had a good chat with Tom which was just about general stuff,',
       ('We had a one-hour conversation.', 'what they are looking for.'),
       ('It was the first time I have met him', 'we had not met in person for a long time,'),
       ('It was just a chance to meet up', 'Twenty20. Everything.'),
       ('I like the way he works', 'what skills are required.'),
       ('There will be many others', 'to move English cricket forward.'),
       ('I am certainly not in a position', 'see whether it is for me.')], cue='said', **MV),
    Q(['I am loving my job at the moment,',
       ('I really enjoy the media work', 'against India last year.')], cue='said', **MV),
]

# ---------------------------------------------------------------- 12 Lizzi Crawford loses seven stone
LC = dict(name='Lizzi Crawford')
MC = dict(name='Mary Crawford')
L['dm-test-ee0304146d291374878c7605d90f9451aefe48b7'] = [
    Q([('Has she got a baby in her belly?', None, 1)], cue='ask his mum', **UN),
    Q([('It started when I was taking my kids to school', 'Has she got a baby in her belly?"')],
      cue='said', **LC),
    N(('Has she got a baby in her belly?', None, 2), 'nested quote'),
    Q(['It was terrible. I was being a slob to be honest.',
       ('I was eating burgers, takeaways', 'mixed with Dr Pepper.'),
       'I knew I had to do something about my weight for the sake of my children.'], cue='continued', **LC),
    Q([('I began to build relationships', 'they all cheer each other on.'),
       ("I've got some of the best friends", 'made to feel welcome.')], cue='says', **LC),
    P('addicted', cue='says', **LC),
    Q([('I can do a lot more things now.', 'up and down the stairs easier now.'),
       ("It's helped me mentally", 'that has just gone.'),
       ('The weight loss has helped me in the workplace too.', 'it used to take me ages.'),
       'Now I can spend more time with the kids.'], cue='added', **LC),
    P('amazing', cue='said', **MC),
    Q([("She's found out about cooking the right way", 'riding bikes.'),
       ("She's stuck at it", 'a routine that suits her.'),
       ("She's like the old Lizzi I used to know as a little girl.")], cue='added', **MC),
]

# ---------------------------------------------------------------- 13 Nigels vote Ukip; sausage-roll inquiry
KR = dict(name='Kim Rose', org='Ukip')
L['dm-test-7627d9788973785a485e9df3e59002df3a68ad48'] = [
    P('corruptly influence', cue='claims', **UN),
    N('treating', 'term (name of an offence)'),
    P('absolutely ridiculous', cue='branded', **KR),
    P('change their mind for a sausage roll', cue='adding', **KR),
]

# ---------------------------------------------------------------- 14 Jason Cotterill jailed (revenge porn)
JC = dict(name='Jason Cotterill')
DR = dict(name='David Robinson')
L['dm-test-f2fc9b0cdf763a3762e3580214ffbdd9c2c15895'] = [
    P('creepy', cue=None, **UN),
    N('unfriended', 'scare quotes (Facebook term)'),
    Q([('He started setting up different profiles', "because he couldn't get to me."),
       ('I was very upset, it drove me insane', "I'm on medication."),
       ('His language was absolutely disgusting.', 'calling me names.')], cue='said', **UN),
    Q([("F**k it, I'm going to have it as my profile picture")], cue='said', **JC),
    Q([('I am going to send some more pictures', "because it's fun lol.")], cue='telling her', **JC),
    P('driven insane', cue=None, **UN),
    P('disgusting', cue=None, **UN),
    Q([('He regrets that and understands', 'problems with relationships,'),
       ('He suffers from depression and has alcohol issues.', 'that he needs help.')],
      'David Houldcroft', cue='said'),
    Q([('You harassed the complainant', 'to get her to re-engage with you.'),
       'There are a number of aggravating features in this case.',
       ('You sought to use dozens of Facebook profiles', 'made use of that.'),
       ('You either involved or threatened', 'to see the photos.'),
       ('You used the power you had over her', 'those photos.')], cue='said', **DR),
]

# ---------------------------------------------------------------- 15 Bowyer: Blackburn players will attract interest
GB = dict(name='Gary Bowyer', org='Blackburn')
L['dm-test-e75d20a454261ca9b2acd2bc128fa3f71261b91e'] = [
    Q([('What the players have done', 'can play in the Premier League,'),
       ("They've got to maintain that", "I'm not going to kid myself."),
       ("It's the nature of business.", 'Liverpool sold (Luis) Suarez in the summer.'),
       ("You've seen over the two games", 'some real experience under their belts.')], cue='said', **GB),
    Q([('You always want to keep your players', 'to add to it,'),
       ("We've got to try and do as much", 'enough bodies in.')], cue='added', **GB),
    Q([('We sent Easty up', 'to turn and hit it on the spin,'),
       "He's put himself forward for centre forward on Saturday!"], cue='admitted', **GB),
]

# ---------------------------------------------------------------- 16 Defoe's derby winner
JD = dict(name='Jermain Defoe', org='Sunderland')
L['dm-test-66fe5722d222324b82a5b1a68592e4943a6b309e'] = [
    Q([('I have said many times that I missed the Premier League', "it's because of games like this,"),
       ('Games like this are why I came back.', "they won't ask for anything more."),
       ('And I just love scoring goals', 'but they always turn out.'),
       ('It was the whole occasion really', "I was just thinking, 'Why me?'."),
       ('As the whistle went for half-time', 'it was just a special day.')], cue='said', **JD),
    N('Why me?', 'nested quote (his thought)'),
    N("I'm crying and I'm on the telly", 'nested quote (his thought)'),
    Q([('The manager said to use beforehand', 'playing in a game like this.'),
       ('There are so many young kids', 'to score the winner is amazing.'),
       ('Going on the bus towards the game', "'Wow, this is a massive game'."),
       ('When I scored I got that same feeling', 'I should have gone.'),
       ("It hurt me when I didn't go", 'I was emotional.'),
       ('That was scoring in a World Cup for your country.', 'It was the same on Sunday.')],
      cue='added', **JD),
    N('Wow, this is a massive game', 'nested quote (his thought)'),
]

# ---------------------------------------------------------------- 17 Topshop Westfield Miranda (no quotation)
L['dm-test-4227fe4ff70687412a6dcd830fb037114e8d5d99'] = [
    N('River Boy', 'nickname'),
    N('Boutique', 'name of a product line'),
]

# ---------------------------------------------------------------- 18 ethnic minority population projections
CON = dict(name='Conservatives', kind='organisation')
L['dm-test-eb78a53cb8d33151880618d65cfebcefd103da34'] = [
    Q([("The ethnic makeup of UK's population is evolving significantly."),
       ('Groups outside the White British majority', 'set to continue through to 2051.'),
       ('At a regional level', 'white groups have migrated in the past.'),
       ('In particular black and Asian populations', 'will increase significantly.')],
      'Philip Rees', org='Leeds University', cue='said'),
    P('the hundreds of thousands to tens of thousands', cue='pledged', **CON),
    P('ambition', cue='contains', **CON),
    Q([('Money of the consequences', 'are damaging.'),
       ('We do not need up to 13 million more people', 'a happier or richer place.'),
       ('Crowding and congestion', 'particularly housing.')],
      'David Coleman', org='Oxford University', cue='said'),
]

# ---------------------------------------------------------------- 19 sports gossip column (QPR, Milltown, chants)
L['dm-test-6842432c58ad5ed8f2310a0f1931fece52a96fab'] = [
    P('wholly ludicrous', 'Maurice Watkins', org='Barnsley', cue='dismissed'),
    N('F*** the IRA', 'title of a chant (the "repertoire of songs")'),
    N('F*** the Taliban', 'title of a chant'),
    N('F*** the English FA', 'title of a chant'),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 19 CNN/DM rows of cnndm-dev (random.Random(46).sample(rows, 19): all 19 '
               'rows left after excluding heldout/quotes/quotes2..quotes11/heldout2/dev3-articles ids; all dm-test); '
               'conventions of eval/quotes/NOTES.md')
