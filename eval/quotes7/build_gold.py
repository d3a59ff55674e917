"""Hand labels for the quotes7 gold set. Every offset is computed by str.find over the article text.

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
NASA = dict(name='NASA', kind='organisation')
L['cnn-test-3c2040c68ca45c78b440e299b72956907b2f9390'] = [
    Q([('Roscosmos (the Russian Federal Space Agency)', "re-enter the Earth's atmosphere,")], 'Scott Kelly',
      cue='said'),
    Q([('After the cargo is removed', "re-enters the Earth's atmosphere.")], cue='According to', **NASA),
    Q([('The spacecraft made another pass', 'propulsion system,')], cue='said in an update', **NASA),
    Q(['Docking has been called off for the Progress 59 spacecraft,',
       ('Russian flight controllers are continuing', 'as it becomes available.')], cue='said', **NASA),
    Q([('The spacecraft was not carrying', 'of the station,'),
       ('Both the Russian and USOS segments', 'planned resupply flight.')], cue='said', **NASA),
    P(('confirmed that the vehicle had entered', 'attempt to control it.'), cue='said', **NASA),
    P('all of which are replaceable,', cue='said', **NASA),
]
L['cnn-test-5098ad46a747258d1ff1d2d976929b3c01bcb5ab'] = [
    P(('wipe the tears of every Nepali', 'stand with them.'), 'Narendra Modi', org='India', cue='said'),
]
KS = dict(name='Kenneth Morgan Stancil III')
L['cnn-test-5ec241bce317fef97331e1d385b67dab05f5b1dc'] = [
    Q(["No, I don't need one,", ("You know what I'm saying? I knew", 'get life anyway.')], cue='said', **KS),
    Q(['Yes, I know that,', ('But when I knew what I had to do', "a f---ing child molester.")], cue='fired back',
      **KS),
    Q([("I don't give a f--- what you want,")], cue='said', **KS),
    Q(['Yes, sir,'], cue='said', **KS),
    P('with a passion.', cue='said', **KS),
    Q(['Yes, Ron was gay. But people need to get over it,', ("That's between him and the Lord", 'his savior.')],
      'Steve Smith', cue='said'),
]

# ---------------------------------------------------------------- DM
L['dm-test-30278707947e07d030751635ac82da5d32b02dc8'] = [
    Q([('Every so often, usually in the vast deserts', 'scrub-covered nowhere.')], cue='explained', **UN),
    Q([('We have located 102 arrows', 'not much is left.'), ('Our interest grew out of an email', 'set out to find them.'),
       ('We have managed to take photos', 'last spring.'), ('Eventually we hope', 'will take us.'),
       ('Before our research', 'has been "forgotten."')], 'Brian and Charlotte Smith', cue='told MailOnline Travel'),
    N('forgotten.', 'nested scare quotes inside the Smiths\' quote'),
]
KM = dict(name='Kathryn McCormick', org='Fairfield police')
L['dm-test-fdf367de86eacdfda6c104fba18e8af714a40e57'] = [
    Q([("We don't know for sure", 'We hope that was the case.')], cue='said', **KM),
    Q(['At this point, we are investigating this as a crime of opportunity,'], cue='said', **KM),
]
BP = dict(name='Billy Payne', org='Masters')
L['dm-test-1d63a36398eb7b212c830f453470570597903774'] = [
    Q([('We have a very short member season', 'of seven months,'), ('The time that we dedicate', 'host another one.')],
      cue='explained', **BP),
    P('beautification', cue='is promising', **BP),
    Q([('As you know, we', 'good at landscaping,'), ('It', 'to look nice, I promise.')], cue='said', **BP),
]
RM = dict(name='Ram Manohar', org='Arrowe Park Hospital')
DMc = dict(name='David McLachlan')
NA = dict(name='Nurse A')
NB = dict(name='Nurse B')
L['dm-test-ac21c26ebbe99747ed51f317904f4ca75873e574'] = [
    P(('you bad girl', None, 1), cue='saying', **RM),
    Q([('Without any warning Ram Manohar', 'into her bra.')], cue='said', **DMc),
    Q([('He smacked me on the bottom', 'you bad girl".')], cue='said', **NA),
    N(('you bad girl', None, 2), "nested quote (Manohar's alleged words) inside Nurse A's quote"),
    Q([('Without any word of warning', 'down her tights.')], cue='said', **DMc),
    P('this type of teaching is only for you', cue='told her', **RM),
    P('feeling disgusted with herself', cue='said', **NA),
    P('violated', cue='told friends', **NA),
    P('to find her a single and smart man because she was desperate', cue='said', **RM),
    P('like a puppy', cue='said', **RM),
    P(('if anybody had grounds to complain it would have been him,', None, 1), cue='said', **RM),
    P(('he did not find her particularly attractive', None, 1), cue='adding', **RM),
    P('very bad headache', cue='said', **NB),
    P(('if anybody had grounds to complain it would have been him,', None, 2), cue='claims', **RM),
    P(('he did not find her particularly attractive', None, 2), cue='adding', **RM),
    P('a coffee type date', cue='said', **NB),
    Q([('She stopped him straightaway.', 'married with children.')], cue='said', **DMc),
    Q(['I think she caught my hand and put it on top of her trousers or something.'], cue='said', **RM),
]
L['dm-test-d75a950d495bad51ac7c8657871328b8732f44c7'] = [
    Q([('I waited for eight hours', 'An unforgettable experience.')], 'Hernando Rivera Cervantes', cue='said'),
    Q([('We refer to this new morphological', '(LIVS).'), ('Observation of LIVS', 'observed or documented.')],
      'Kimberly Genareau', org='University of Alabama', cue='said'),
]
TW = dict(name='Tiger Woods')
L['dm-test-37c6e6095b2283af35145f46f1c71068699ad7fb'] = [
    Q([("I'm still right there,", None, 1)], cue='said', **TW),
    Q([('I was at a pretty low one', 'in my career,'), ('To basically change an entire', "very proud of.")],
      cue='said', **TW),
    Q([('I had a hard time getting the ball', 'close to the hole,'), ('You expect certain putts', 'not rolling out.')],
      cue='said', **TW),
    P("Watch out, Tiger's back", cue='shouts', **UN),
    P("Come on Tiger, let's go", cue='shouts', **UN),
    Q([("I'm still right there,", None, 2), ("I'm 12 back", 'anything can happen.')], cue='said', **TW),
]
L['dm-test-e5e86a98dc14976da5c6d367ec41f56117a56ee8'] = [
    Q([('We have to wait and see', 'it is,')], 'Louis van Gaal', org='Manchester United', cue='said'),
]
JM = dict(name='Jean Morris')
L['dm-test-843f85685d2ca5bab950e30d6cd89e91bc539018'] = [
    Q([("I don't think there was anything unusual", 'as large as this,'),
       'His mother must have been relieved when it was over.'], cue='said', **JM),
    Q([('This year we had 86 ewes', 'anyone like him,'), ('We are thinking about keeping him', 'the lambs he sires.')],
      cue='said', **JM),
    N('Woooly Lamboth', 'nickname (of the lamb Bruno)'),
]
L['dm-test-b1f23bd961484edaa46eafe48b1fcc3f4bf02a4e'] = [
    Q([('Downsizing and losing', 'makes for sadness,'), ('Entrusting it all', 'through the years.')], 'Robert Hardy',
      cue='said'),
]
L['dm-test-d4bb596b9ba3439da21add9d7c8b86e026ad70d7'] = [
    Q([("I've never beaten here before", 'nothing to lose,')], 'Lauren Davis', cue='said'),
    Q([('As soon as it was over', "something's off."), ("I know something's not right.", 'overpowered.'),
       ("Usually, I'm the one dominating.", 'just not good.')], 'Eugenie Bouchard', cue='said'),
    N("OK, like I know something's off.", "nested quote (her own thought) inside Bouchard's quote; shares the "
      "closing mark with the outer part"),
]
LC = dict(name='Lee Clark', org='Blackpool')
L['dm-test-e17dfca32f47c9b529bef95eb457a42ca899154e'] = [
    P('horrendous season', cue='acknowledged', **LC),
    Q([("We're down a level", 'going to be hard,'), ("We've obviously had a horrendous season", 'back on to the seats.'),
       ('The only way we can do that', 'start of the season.')], cue='said', **LC),
    Q([('It was important that we did', 'for the supporters,'), ('I just thought it was important', 'got a victory.')],
      cue='stressed', **LC),
    Q([("I'm disappointed with the first half", 'start like that,'), ("We didn't really recover", 'make something happen.'),
       ('We got off to a flyer', 'on a horrible pitch.')], 'Steve Clarke', org='Reading', cue='said'),
]
BJK = dict(name='Billie Jean King', org='Lesbians4Hillary')
L['dm-test-50f3f06b88fef68e3219e358c254e2e6860f9196'] = [
    Q([('Hillary Clinton is a proven leader', 'LGBTQ community.', 1), ('Her entire career', 'Hillary Clinton in 2016.')],
      cue='said', **BJK),
    Q([('Hillary Clinton is a proven leader', 'LGBTQ community', 2)], cue='said', **BJK),
    N('Women for Hillary', 'name of a group'),
    Q(['Human rights are gay rights and gay rights are human rights.'], 'Hillary Clinton', org='United States',
      cue='declared'),
    P('cautious to the point of cowardice.', 'The Economist', kind='organisation', cue='called'),
    Q([('It is not convincing to argue', 'around the world to date,')], org='The Economist', cue='wrote', **UN),
    N("Don't Ask Don't Tell,", 'name of a policy'),
]
L['dm-test-20931a4ab4b04c0d0eb6ca7a5044f21fb5aaa91a'] = []
TB = dict(name='Tom Ballard')
L['dm-test-cc4729e54f5f080dddbeccfb9399c94db4462a95'] = [
    Q([('I think it must be.', "how I've gone on.")], cue='said', **TB),
    Q([('Tom and Katie, We have arrived', 'is called K2.')], 'Alison Hargreaves', cue='read'),
    Q([('When I grew, I was always scrambling', 'A child, playing,'), ('At primary school', 'all I have done.')],
      cue='said', **TB),
]
PC = dict(name='Paul Casey')
L['dm-test-2c517137535313d59466c7cc6c94cd46e98030e5'] = [
    Q([('I was very relieved and now I am just so excited,'), ('On the outside looking in', 'the whole experience.')],
      cue='said', **PC),
    Q([('It would be nice to wind the clock back', 'in contention again.')], cue='said', **PC),
]
CR = dict(name='Chris Roberts', org='One World Labs')
L['dm-test-8451dc5b5c84ba7314d424135bdce1543d0cbccd'] = [
    Q([('We can still take planes out of the sky', 'entertainment systems.'), ('Quite simply put', 'in the cockpit.')],
      cue='said in the report', **CR),
    Q([('According to cybersecurity experts', 'malicious actors.')], 'Government Accountability Office',
      kind='organisation', cue='stated'),
    Q([('You have one element in the FBI', 'burning those bridges.'),
       ('Those of us who do threat research', 'become a problem.')], cue='said', **CR),
]
L['dm-test-a7f5bd2e1a31cc5b453f5a383b04e309a648f2df'] = []
CC = dict(name='Chris Christie', org='New Jersey')
L['dm-test-d5a6a1859a3bb1fa76d95b1fa56114816299448e'] = [
    P('to spend more time with her family and young children', cue=None, **UN),
    P('a big sacrifice for a spouse to make', cue='said', **CC),
    P(('wouldn', 'be a requirement'), cue='said', **CC),
    P('not wealthy by current standards', cue='insisted', **CC),
    P('we have four children to raise and a lot of things to do', cue='saying', **CC),
]
L['dm-test-a977c81aebc46b867132c2b6d594962d67522de0'] = []
PA = dict(name='Prince Andrew')
SD = dict(name='Sarah, Duchess of York')
L['dm-test-1b884cf6cb5180ea2143142d0a0b30f352865bd9'] = [
    Q([('We are going to do something new', 'this evening.'), ('The lady in the middle', 'birthday today.')],
      cue='saying', **PA),
    Q([('You will notice that we have somebody', '(gesturing to the trumpeter).')], cue='told her', **PA),
    Q(['If you will lead us in Happy Birthday please...'], cue='added', **PA),
    P('very proud, Pops', 'Princess Eugenie of York', cue='said'),
    P('zero points', cue='joked', **SD),
    Q(['We think you all need to go for choir practice.'], cue='added', **SD),
    Q(['Having been told this was a bad idea, it worked,'], cue='said', **PA),
    Q(['What was it somebody said about children and dogs?'], cue='joked', **PA),
]
CE = dict(name='Charles Evans')
L['dm-test-68883239a433eae74fcb1ecc747d6a14b78fff32'] = [
    Q([('Grant Allen used other people', 'criminal behaviour,'), 'The money would have been criminal proceeds.'],
      cue='told the trial', **CE),
    Q([('Grant Allen and Gaynor Godwin lived', 'luxury hotels.')], cue='told the jury', **CE),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 24 CNN/DM rows of cnndm-dev (all 3 remaining cnn-test + random.Random(37) 21 dm-test; '
                'excluding heldout/quotes/quotes2/quotes3/quotes4/quotes5/quotes6/dev3-articles ids); conventions of eval/quotes/NOTES.md')
