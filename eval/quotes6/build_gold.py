"""Hand labels for the quotes6 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py (k counts only occurrences directly
after a quote mark; NoOpen is a span whose opening mark the source lacks).
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ---------------------------------------------------------------- CNN
ES = dict(name='Ellen Stofan', org='NASA')
JG = dict(name='John Grunsfeld')
L['cnn-test-23a0f5d45517620ea12e8af780b2fa1cd9a2373a'] = [
    N('Star Trek', 'title (TV series) used as a label'),
    Q([("I think we're going to have strong indications", 'within 20 to 30 years,')], cue='said', **ES),
    Q(['We know where to look. We know how to look,',
       ("In most cases, we have the technology", "definitely on the road.")], cue='said', **ES),
    Q([("Scientists using NASA's Hubble Space Telescope", 'two layers of ice,')], 'NASA', kind='organisation',
      cue='noted'),
    Q(['We are not talking about little green men,', 'We are talking about little microbes.'], cue='said', **ES),
    Q([("I think we're one generation away", 'around a nearby star,')], cue='said', **JG),
    Q([('Once we get out beyond Mars', 'gets very, very low,'),
       ("And I think that's where it starts getting exceptionally exciting.")], cue='said', **JG),
]
L['cnn-test-996940764a066a9c16f622c873ad041ac5521fa3'] = [
    Q([('We are in grief over losing Kayahan', 'with his songs,')], 'Ahmet Davutoglu', org='Turkey', cue='tweeted'),
    N('I Made a Vow,', 'album title'),
]
L['cnn-test-2f6106809de41d59f422d527900a6b344174c5b2'] = [
    N('giga-coaster', 'term (category name)'),
    Q([("He's a person who's based", 'on a lot of lies,')], 'Sarah Baughn', cue='said'),
    Q([('I saw the plane heading down', "mountain,' "), ('I ducked my head.', 'I saw the smoke.')], 'Jean Varrieras',
      cue='told Penhaul'),
    N(('My God, it', 'hit the mountain,'), 'nested quote (his own exclamation) inside a Varrieras quote'),
    P(('we are not talking about forcing people', 'endorse gay sex.'), 'Penn Jillette', cue='noted'),
]
L['cnn-test-947b339a524aac1f43384a8c68e5a3a624ed309f'] = [
    Q(['He was there,'], 'Judy Clarke', cue='conceded'),
    Q([('Because No. 1, he (Tsarnaev)', 'attack on civilians.'), ('And the second thing', 'of the death penalty.'),
       ("Boy, she's climbing the Mount Everest", 'in this case,')], 'Paul Callan', org='CNN', cue='said'),
]
L['cnn-test-abd69dcc1c91c304762d59d93b87bdd6af794b6c'] = [
    Q([('The high number of award tickets', 'carrier in the U.S.,'),
       ('Unlike other carriers', 'something else comes up.')], 'Thais Conway Hanson', org='Southwest Airlines',
      cue='told CNN'),
    N('Every Seat is an Award Seat,', 'nested quote (programme slogan) inside the Hanson quote'),
]
SB = dict(name='Sam Brownback', org='Kansas')
PP = dict(name='Planned Parenthood Advocates of Kansas and Mid-Missouri', kind='organisation')
CT = dict(name='Carol Tobias', org='National Right to Life')
L['cnn-test-89daa80db49b6e36c1cd0bde9b253ca7fa143811'] = [
    P('dismemberment abortion', 'Kansas law', kind='organisation', cue='describes'),
    P(('knowingly dismembering a living unborn child', 'from the uterus.'), 'Kansas law', kind='organisation',
      cue='defines'),
    P('necessary to protect the life or health of the mother,', cue='according to', **SB),
    P('protecting life at its most vulnerable stage.', cue='said', **SB),
    P(('extreme political measures', 'decision-making ability.'), cue='described', **PP),
    Q([('Kansas is now not only the sole state', 'any state in the U.S.,')], cue='said in a Facebook post', **PP),
    P('will be many state laws.', cue='said in a statement', **CT),
    Q([('This law has the power to transform', 'the United States,')], cue='said', **CT),
    Q([("This law puts women at risk and ties doctors' hands,"), "We'll continue to fight!"], 'Julie Burkhart',
      org="South Wind Women's Center", cue='said'),
]
AB = dict(name='Allen Batschelet', org='U.S. Army Recruiting Command')
CP = dict(name='Claire Putnam')
L['cnn-test-e82fd60b8e06755184e0bd8add6967600b6788f1'] = [
    P('is becoming a national security issue.', cue='told me', **AB),
    Q(['In my view, yes.'], cue=None, **AB),
    Q([('The obesity issue is the most troubling', 'in the wrong direction,'),
       ('We think by 2020', 'to join the Army.')], cue='said', **AB),
    Q([("It's a sad testament", 'as a society right now.')], cue=None, **AB),
    N('The Biggest Loser.', 'TV show title'),
    Q([('We are the premier leader', 'in the world,'), ('We want to see you grow', 'strength in our Army.')],
      cue='told me', **AB),
    N('personal development', "term in quotes (echoes Batschelet's phrase; not reported as said here)"),
    Q(['The acceptance of obesity is prevalent,'], cue='according to', **CP),
    Q([('When you look around you', "It's seems normal,")], cue='said', **CP),
    N('opt out of talking about obesity.', 'wording of a box on a medical form (a label)'),
    Q(['You want to be sensitive to that patient,', ("You don't want to nag.", 'we need to fix this.')],
      cue='told me', **CP),
    Q([('Perceptions of weight are a big part', 'of the problem,'), ('If a person is overweight', 'in the book.')],
      'Sanjay Gupta', org='CNN', cue='said to me'),
    N('getting your bell rung.', 'nested quote (idiom) inside a Gupta quote'),
    N('overweight', 'nested quote (clinical term) inside a Gupta quote'),
    N('obese', 'nested quote (clinical term) inside a Gupta quote'),
    N('fat', 'word mention ("the proper term")'),
]
JT = dict(name='John Travolta')
L['cnn-test-cc86a588b4e4e038e2591c363b4b895e46edbeda'] = [
    N('Going Clear: Scientology and the Prison of Belief,', 'documentary title'),
    P("and I don't really care to.", cue='told the Tampa Bay Times', **JT),
    Q([("I've been so happy with my (Scientology) experience", 'so decidedly negative,')], cue='said', **JT),
    N('The Forger,', 'film title'),
    N('Going Clear: Scientology, Hollywood, and the Prison of Belief', 'book title'),
    P('people who were disgruntled with their experiences', cue='said', **JT),
    Q([("I haven't experienced anything", 'true for me?'), ("It wouldn't make sense", 'I imagine.')],
      cue='asked', **JT),
    P('brilliant', cue='called', **JT),
    Q(["Oh, my God, I wouldn't have made it,", 'Honestly.'], cue='said', **JT),
]

# ---------------------------------------------------------------- DM
RF = dict(name='Rickie Fowler')
AR = dict(name='Alexis Randock')
FS = dict(name='fatalsplash')
L['dm-test-07d6ceff2988640eaa91355d6612f15e0e03eb2d'] = [
    P(('gold digger.', None, 1), cue='accused', **FS),
    N(('fatalsplash', None, 1), 'user name'),
    P(('gold digger.', None, 2), cue='accused', **FS),
    N(('fatalsplash', None, 2), 'user name (caption)'),
    P(('gold digger', None, 3), cue='accused', **FS),
    Q(['Must be nice getting s*** free in life and not have to work for it,'], cue='posted', **FS),
    P(('might want to get your facts straight', 'like that'), cue='responded to the troll', **RF),
    Q([("That's hilarious.", 'live a nice life,')], cue='posted', **AR),
    N('Fatalsplash', 'user name'),
    N('@dont_hava_usename', 'user name'),
    P('get your facts straight', cue='told the hater', **RF),
    P('butt off', cue='informed him', **AR),
]
L['dm-test-d24a4e0de51b23951156877dd92f581ffff7d12c'] = []
L['dm-test-30a965dfc60f77f99203474c0330df9c94932107'] = [
    P('engage you in witty dialogue', 'Hanson Robotics', kind='organisation', cue='According to'),
]
MM = dict(name='Meo Madeley')
L['dm-test-9ffbe8f666095283a421e3f34c91f68bd6f028f3'] = [
    Q([('They seriously love to play together.', 'love to watch them.'), ('Our Chihuahua never tries', 'laugh all the time.')],
      cue='wrote in the comment section of the original video', **MM),
    Q([("Our beardie doesn't like our cat", 'really likes our dog,')], cue='said', **MM),
]
TZ = dict(name='Thulani Zwane', org='KwaZulu-Natal police')
L['dm-test-39ef944b587714485bb10f2b84068db216b39bb2'] = [
    Q([('I met Sister in 1952', 'work with children.'), ('This really was an act of savagery', 'caring soul.')],
      'Betty Firmstone', cue="told South Africa's Daily News"),
    P('unclear', cue='said', **TZ),
    Q([('It is alleged that the victim', 'typewriter cord,'), ('She was also covered', 'in this matter.'),
       ('We are following all leads.', 'any information.')], cue='added', **TZ),
    Q(['She had a very kind heart and was loved by everyone,'], 'Sister Gerald', cue='said'),
]
GB = dict(name='Gordon Brown', org='Labour')
L['dm-test-1ce80a53eb6aa6bebd05399899d19e79bfd48f90'] = [
    P(('all evasion', None, 1), cue='said', **GB),
    P('chaos and constitutional crisis', cue='said', **GB),
    P('patriotic Scots', cue='urged', **GB),
    Q([('There is an SNP candidate', 'another referendum.'), ('Remember what the SNP used to say', 'to the question.'),
       ('But does not the SNP candidate', 'a second referendum.'), ("And I say I don't want", 'the past few months.')],
      cue='said', **GB),
    P(('all evasion', None, 2), cue='said', **GB),
    Q([('When you vote on May 7', 'Parliament elections.')], cue='added', **GB),
    P('proud patriotic Scots', cue='urged', **GB),
    Q([('Patriotism means, yes', 'and more jobs.'), ("It doesn't mean rejecting the money", 'in the future.'),
       ("It doesn't mean rejecting the co-operation on research", 'jobs of the future.'),
       ('And, yes, patriotism means', 'pensions imaginable.')], cue='said', **GB),
    Q([('While Gordon Brown appears', 'could not be clearer.'), ('Unfortunately for Labour', 'talk Scotland down.'),
       ("The question Labour's current leadership", 'the rest of the UK.'),
       ('A strong team of SNP MPs', 'alternative to austerity.')], 'John Swinney', org='Scotland', cue='said'),
]
JM = dict(name='Juan Mata', org='Manchester United')
L['dm-test-388e3456094f0e0e09b1f74d859a550ec3631b2d'] = [
    P('final.', cue='admitted', **JM),
    P('finals', cue='says', **JM),
    Q([('The season has gone so quickly', 'before the end,'), ('We want to finish as high', 'the last few games.'),
       ('We are facing two or three', 'on their own.'), ('So now we are thinking about Sunday', 'every game as a final.')],
      cue='told MUTV', **JM),
]
BA = dict(name='Bob Arum', org='Top Rank')
LE = dict(name='Leonard Ellerbe', org='Mayweather Promotions')
L['dm-test-ebc726fe82bd10e6e9c6e1b71a7c1aa908f79b18'] = [
    Q([('We agreed that we would all be signatories', 'it excluded us,')], cue='said', **BA),
    Q(["They don't want us to have any say,", "That's what we're enmeshed in."], cue='added', **BA),
    P("isn't willing to live with the agreement", cue='said', **LE),
    Q([('The bottom line is that Bob', 'to be in control.'), ('The only conspiracy', 'stuff is ridiculous.')],
      cue='said', **LE),
]
MH = dict(name='Matthew Ho')
L['dm-test-6555c15003defec00c965b3851e4da818264afe7'] = [
    Q([('Tina, will you go to prom with me?', None, 1)], cue='read', **MH),
    Q([('Tina, will you go to prom with me?', None, 2)], cue='read', **MH),
    Q([('It started last year', 'a prom banner before then,')], 'Remy Colin', org='Aerial Messages', cue='explained'),
    N('arrested', 'scare quotes (caption)'),
    N('prom', 'word written on the balls (mention)'),
    Q(['I finally had the balls to ask you to prom!'], cue='read', **UN),
]
AIR = dict(name='Abu Ibrahim Raqqawi', org='Raqqa is Being Slaughtered Silently')
L['dm-test-3bc86ab4ce451b700d60660b1f35da8c0b61ba1e'] = [
    Q([('Lines waiting for some food.', 'and homelessness.', 1)], cue='wrote', **AIR),
    Q([('The city suffers from a shortage', 'hours in the day,')], cue='wrote in another tweet', **AIR),
    N('Islamic course', 'name of a course'),
    Q([('Lines waiting for some food.', 'and homelessness', 2)], cue='wrote', **AIR),
    Q([('ISIS tightens penalties', 'has become a crime.')], 'Jassem', cue='said'),
]
DBd = dict(name='Douglas Bader')
L['dm-test-132e50805378d42b2996fdd648d1da78c60d235d'] = [
    N(('The First Great Escape', None, 1), 'film title (caption)'),
    N(('The First Great Escape', None, 2), 'film title'),
    P(('the most brilliant escape conception of this war', None, 1), cue='describe', **DBd),
    N(('home run', None, 1), 'scare quotes (idiom)'),
    N('escape-proof', 'scare quotes'),
    P(('the most brilliant escape conception of this war', None, 2), cue='described', **DBd),
    N(('home run', None, 2), 'scare quotes (idiom)'),
    N('A-list', 'term'),
    Q([("I'm very, very pleased.", 'is very pleasing.')], 'Mark Felton', cue='said'),
]
L['dm-test-1d965b7ef3e3aa66f4b55ca424496c3ff7307dcf'] = []
L['dm-test-38259b1f5093cad2bce8d5be557b74a5b8deccd2'] = []
VL = dict(name='Vicki Loury')
L['dm-test-c053b3ec1ecee6e3d282936ba388753fc44aef99'] = [
    Q(['She was by that stage in severe distress, extremely unwell,'], cue='told the court', **VL),
    Q([('It was a small unit', 'with the child,')], cue='said', **VL),
    P('tragic', 'Ray Rinaudo', cue='said'),
]
L['dm-test-eab44594d70745db7cc2e78dbe73f0aeb4b58d96'] = [
    Q([('I said before the game', 'I was wrong,'), ('The performance hurts more', 'five in a row.'),
       'I am absolutely embarrassed to be part of it.'], 'John Carver', org='Newcastle United', cue='said'),
    N('The Desperation Derby', 'nickname of the match ("billed as")'),
]
L['dm-test-a9df46183d0ebd5e9076f89c815f007623a12273'] = [
    Q(['We were both stabbed,', ('We were attacked out of nowhere', 'scared for our lives!')], 'Katrine Saltare',
      cue='saying'),
    Q([('We are aware that Chris Copeland', 'in New York City,'), ('We are still gathering information', 'those injured.')],
      'Larry Bird', org='Indiana Pacers', cue='said in a statement to DailyMail.com'),
    Q(['Hope that you and your wife have a speedy recovery,', 'Once a knick always a knick.'], cue='wrote', **UN),
    Q([('We are aware of the situation', 'this morning,'), ('We are in the process', 'the appropriate time.')],
      'Garin Narain', org='Atlanta Hawks', cue='told DailyMail.com'),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 24 CNN/DM rows of cnndm-dev (random.Random(31): 8 cnn-test, 16 dm-test; '
                'excluding heldout/quotes/quotes2/quotes3/quotes4/quotes5/dev3-articles ids); conventions of eval/quotes/NOTES.md')
