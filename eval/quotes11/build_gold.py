"""Hand labels for the quotes11 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py (k counts only occurrences directly
after a quote mark; NoOpen is a span whose opening mark the source lacks, found with str.find and required
to occur once). Nothing is typed as a number.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ---------------------------------------------------------------- 1 Aduriz, La Liga round-up (no quotation marks)
L['dm-test-67a7a516ad08cb6b1e88c6aa59557d79f647e6e4'] = []

# ---------------------------------------------------------------- 2 Peruvian mummy in a box
L['dm-test-831cfc7b476dc763e510a74ec046372f8d19270d'] = [
    Q(['It looked just like any other box dumped on the streets.',
       ('But when I opened it', 'staring up at me.'),
       ('I had no idea it was an ancient mummy', 'called the police.')],
      'Otilio Padilla Miramontes', cue='said'),
    N('victim', 'scare quotes (caption)'),
    Q(['We quickly established that this was not a recent skeleton.',
       ('But we are now investigating', 'main archaeological site.'),
       ('Our suspicion is that someone', 'to collect later.')], cue='said', **UN),
    Q([('This is not a Chimu mummy', 'pre-dating the Hispanic arrival.')], org='Directorate of Culture',
      cue='said', **UN),
]

# ---------------------------------------------------------------- 3 Paul McGowan spared jail
LO = dict(name="Liam O'Donnell")
DO = dict(name="Derek O'Carroll")
L['dm-test-9fa944ff682d06dbca7c66e4badea3697cd9dbdd'] = [
    P('charged towards', cue='heard', **UN),
    Q([('The club does not condone', 'any member of our staff.'),
       ('We fully respect the decision', 'standing by the player.'),
       ('Paul is an integral part of the club', 'off the field issues.'),
       ('With the support of his manager', 'next year at Dens Park.'),
       'The club will be making no further comment on the matter.'],
      'Dundee Football Club', kind='organisation', cue='saying'),
    P(('finally give some indication', 'in terms of his offending.'), cue='told the court', **LO),
    Q([('He was not in any trouble', 'underlying gambling problem.'),
       ('This gambling problem seems', 'come out through aggression.')], cue='added', **LO),
    Q(['He is fully supported by his club,',
       ('The managing director of Dundee Football Club', 'because he is addressing matters.')],
      cue='added', **LO),
    Q(['And here you are again facing similar charges,',
       ("It's quite correct to say", 'in the thoughts of the court.')], cue='added', **DO),
    Q([('If you breach the order', 'what the outcome will be,')], cue='added', **DO),
    Q([('He is relieved with the outcome', 'support of his club and others.')], cue='said', **LO),
]

# ---------------------------------------------------------------- 4 CubaDupa festival (no quotation marks)
L['dm-test-67527b729a0ef3052c64f68a7abfe4761c20171c'] = []

# ---------------------------------------------------------------- 5 Scottish poll: EU referendum
L['dm-test-2b8334fdfea3cc340e5e29b768a26033164ab134'] = [
    P('another matter', 'Nicola Sturgeon', org='Scotland', cue='added'),
    Q([('This is a very welcome poll', 'far more power for Scotland.'),
       ('Electing a strong team of SNP MPs', 'social justice and economic prosperity.')],
      'Angus Robertson', org='Scottish National Party', cue='said'),
    Q([('The poll gives a clear steer', 'voters in Scotland lie.'),
       ('Broadly, Scots want to see', 'lower energy bills.'),
       ('There is also a preference', 'the greatest income and wealth.')],
      'Mark Diffley', org='Ipsos MORI Scotland', cue='said'),
]

# ---------------------------------------------------------------- 6 Richie Benaud's finest moments
RB = dict(name='Richie Benaud', org='Channel Nine')
L['dm-test-71530c72c132ba3c2ebc4376ec1b2cda77ef75cd'] = [
    Q(['One of the worst things I have ever seen done on a cricket field,'], cue='raged', **RB),
    Q(["YOU'VE GOT TO CHECK IF THEY'RE STILL THERE!"], cue=None, **RB),
    N("AUSTRALIA'S BIGGEST SUMMER OF CRICKET EVER", 'title of the piece / promotional slogan (list heading)'),
]

# ---------------------------------------------------------------- 7 'Sugar Bear' Thompson's brother missing
LT = dict(name='Lee Thompson')
JS = dict(name='June Shannon')
L['dm-test-73d480fb4ac1f27ccbd502cfeb1d3c9f6fcda745'] = [
    N(('Mama', None, 1), 'nickname'),
    N(('Sugar Bear', None, 1), 'nickname'),
    N(('Mama', None, 2), 'nickname (caption)'),
    N(('Sugar Bear', None, 2), 'nickname (caption)'),
    N('Chickadee', 'nickname'),
    N(('Uncle Poodle', None, 1), 'nickname'),
    P(('threesome', None, 1), cue='revealed to The National Enquirer', **LT),
    Q(['June said all of the kids were out of the house and Billy came over to visit them,',
       ('Billy happened to see her in her undergarments.', 'sex with you."')], cue='told the Enquirer', **LT),
    N("If you are dressed like that when I get back, I'm going to have sex with you.",
      'nested quote (Billy Thompson\'s words inside Lee Thompson\'s quote)'),
    N(('Uncle Poodle', None, 2), 'nickname (caption)'),
    P(('threesome', None, 2), cue='claimed', **LT),
    P('naked in bed and they ended up having a threesome.', cue='says', **LT),
    P("couldn't remember.", 'Billy Thompson', cue='said'),
    Q([('IM GOING TO CONFRONT EVERYONE', 'STARTED SOME LIES.')], cue='told him', **JS),
    Q([('OH AND YEAH YOUR FAKE DATE', 'THAT IS MY PAST.')], cue='wrote', **JS),
    Q([('I would be more than happy to take another polygraph test', 'what June told me,'),
       'If she denies it.'], cue='said', **LT),
]

# ---------------------------------------------------------------- 8 Cameron: 'Don't you dare lecture us on poverty'
DC = dict(name='David Cameron', org='UK')
L['dm-test-159d71b012792c2948c8159fa46a5b1f959fdba2'] = [
    P('bleating', cue='launched a furious attack', **DC),
    P(('punished the poor', None, 1), cue='said', **DC),
    P(('some brass neck', None, 1), cue='accused', **DC),
    Q([("Don't you dare lecture us on poverty.", None, 1)], cue='adding', **DC),
    P(('punished the poor', None, 2), cue='said', **DC),
    Q(['True compassion isn’t giving people a benefits cheque – it’s giving them a chance.'], cue='added', **DC),
    P('playing the system', cue='said', **DC),
    P('victims of it', cue='said', **DC),
    P('victims of a welfare trap laid by Labour, paid for by hardworking taxpayers', cue='said', **DC),
    Q([NoOpen('That destroyed aspiration. It created resentment. And it was never meant to be this way. '
              'Welfare was meant to be a safety net – not a web from which no-one could escape.'),
       ('So when I hear Labour politicians', 'I just think: some brass neck.'),
       ('It was you who trapped the poor', 'So don’t you dare lecture us on poverty.'),
       ('And know this', 'the Conservative Party.')], cue='added', **DC),
    P(('some brass neck', None, 2), cue='accused', **DC),
    Q([("Don't you dare lecture us on poverty.", None, 2)], cue='adding', **DC),
    Q([('For many second earners', 'disadvantaged two-year-olds.'),
       ('In the next Parliament', '£5,000 to working families.'),
       ('That means over 600,000 extra free childcare places', 'all by 2017.')], cue=None, **DC),
    P('that true compassion isn’t giving people a benefits cheque – it’s giving them a chance', cue='argued', **DC),
]

# ---------------------------------------------------------------- 9 Boase, the 'sleepwalking' landlord
JB = dict(name='James Boase', org='Coppa Dolla')
L['dm-test-27c9de1f76f179099061110405ff84ca8c88dc6a'] = [
    P('sleep walking', cue='insisted', **JB),
    Q([('I remember being confused', 'how I got there.'),
       ('I remember seeing the car', 'gone to bed.'),
       'At the time I was unaware I had any sort of sleeping disorder.',
       ('There were questions unanswered', 'to get some answers.')], cue='told the court', **JB),
    Q(['My intention is never to drink again.'], cue='said', **JB),
]

# ---------------------------------------------------------------- 10 Shay Given keeps his place
L['dm-test-9789a93a0e998a80daf1b55413a36b9bcd7445fe'] = [
    Q(['Shay comes in every day and trains hard,',
       ("He's fully behind Guz", 'Shay will be back in the team.'),
       ('The reverse comes in the cup.', "it's all about the bigger picture."),
       ('He understands that Shay has earned', "I don't see that really being a question.")],
      'Tony Parks', org='Aston Villa', cue='said'),
]

# ---------------------------------------------------------------- 11 Congressional memo on the 'special relationship'
CRS = dict(name='Congressional Research Service', kind='organisation')
L['dm-test-123763e669329212e85239a588e980691e3c5449'] = [
    N(('special relationship', None, 1), 'name of the relationship (term)'),
    P(('the UK may not be viewed', 'a priority on the US agenda'), cue='states', **CRS),
    N(('special relationship', None, 2), 'name of the relationship (term; caption)'),
    P('remain key economic partners', cue='states', **CRS),
    P(('reassessment of the special relationship', 'has been changing'), cue='states', **CRS),
    P('influence and centrality of the relationship', cue='says', **CRS),
    Q([('A significant degree of the UK’s', 'ambitious fiscal consolidation.')], cue='reads', **CRS),
    P(('stronger than it has ever been', None, 1), 'Barack Obama', org='United States', cue='had said'),
    N(('special relationship', None, 3), 'the phrase Churchill coined (term; caption)'),
    N(('special relationship', None, 4), 'name of the relationship (term)'),
    P(('deepest conviction that unless Britain', 'will come to pass'), 'Winston Churchill', cue='said'),
    P(('stronger than it has ever been', None, 2), 'Barack Obama', org='United States', cue='had said'),
    N('Out', 'name of a referendum option'),
    Q([('Both the positive and the negative aspects', 'more difficult to foresee.')], cue='saying', **CRS),
    P('brief period of ambiguity', cue='says', **CRS),
    P('constitutional uncertainty', cue='says', **CRS),
]

# ---------------------------------------------------------------- 12 RBS losses
L['dm-test-2d4ca8fe13f3481241a85bd750cdb7159edd097a'] = [
    P('tough year', 'Royal Bank of Scotland', kind='organisation', cue='warned'),
    N(('services to banking', None, 1), 'honours citation (name of the award ground; caption)'),
    Q([('This is going to be another tough year.', 'dealing with legacy issues.')], 'Ross McEwan',
      org='Royal Bank of Scotland', cue='said'),
    N(('services to banking', None, 2), 'honours citation (name of the award ground)'),
    Q([('These losses are enormous', 'liabilities for the troubled bank.'),
       ('It’s clear that the banks were badly regulated', 'as soon as is practically possible.')],
      'Jonathan Isaby', org='TaxPayers’ Alliance', cue='said'),
]

# ---------------------------------------------------------------- 13 Sherwood: QPR the 'biggest game'
TS = dict(name='Tim Sherwood', org='Aston Villa')
L['dm-test-41c910f580ca0ccbb96eddc85f4f8ccfcbdac0d2'] = [
    P('biggest game', cue='labelled', **TS),
    Q([('I think this is the biggest game', 'played for this football club,'),
       ('This is without doubt the biggest game', 'in a number of years.'),
       'This is the biggest (of my managerial career).'], cue='said', **TS),
    Q([("We've got different types of players", 'a lot of experience in there,'),
       ("We've got a few men in there", "It's not what we're cut out to do."),
       ("I haven't identified many players", 'until they get out there.')], cue='said', **TS),
    Q(['If there was ever an opportunity for me to work with him again I would do that.',
       ('I would have to speak to the club', 'a role for him here.'),
       ('Listen, I know I am biased', 'the very best coaches I have ever seen.')], cue='added', **TS),
]

# ---------------------------------------------------------------- 14 colours of paintings over time
MB = dict(name='Martin Bellander', org='Karolinska Institute')
L['dm-test-7c56bf8b00e4be69033cdc6a8f3e2c8e825d81f2'] = [
    Q(['I made a visualization of the change in colors of paintings over time,'], cue='said', **MB),
    Q(['The changes in color might be a results of a combination of factor,',
       'One of these could of course be trends in the use of colour.',
       ('If we assume a smooth linear deterioration', 'short term fluctuation in colour use.'),
       ('For example the marked increase of blue', 'a true trend in colour use.')], cue='wrote', **MB),
    Q([('There are a bunch of different sites', 'and various museums.'),
       ("One of my favorites is the BBC's site", 'an amazing resource.'),
       ('For many of these there is also information', 'the artist, etc.')], cue=None, **MB),
    Q([('I haven’t found any data on the prices of blue', 'hard to elaborate on.'),
       ('However, it is not only blue that increases', 'the pigment prices explanation. ')],
      cue='believes', **MB),
    N("UnTrou sur l'Orange", 'title of an artwork (caption)'),
]

# ---------------------------------------------------------------- 15 septum piercings
L['dm-test-2152ec2ab9cf028cb39a07396a63efb48fb298dd'] = [
    N('bull-ring piercing,', 'alternative name of the piercing (comma inside the marks)'),
]

# ---------------------------------------------------------------- 16 Bobby Flay files for divorce
TMZ = dict(name='TMZ', kind='organisation')
PEO = dict(name='People', kind='organisation')
BF = dict(name='Bobby Flay', org='Food Network')
L['dm-test-ba447de4b06c8615cc8c87944bb2b22f089f2842'] = [
    P('heartbroken', cue='According to', **TMZ),
    P('mighty unhappy', cue='According to', **TMZ),
    Q([('I know Stephanie basically asked him after January Jones', 'Did you f*** her?"')],
      cue='told the site', **UN),
    N('Did you f*** her?', "nested quote (Stephanie March's alleged words inside the insider's quote)"),
    P('broken down irretrievably.', cue='state', **BF),
    P('he was busy with work', cue='said', **BF),
    P('a festive dinner out together', cue='reported', **PEO),
    P('Festive dinner out', cue=None, **PEO),
    P(('a festive dinner out', None, 2), cue=None, **PEO),
]

# ---------------------------------------------------------------- 17 animal hoarder, Arizona
MC = "Maricopa County Sheriff's Office"
JK = dict(name='John Koepke')
L['dm-test-775fe1080dc864c0dc4201a27522499dc015d968'] = [
    Q(['At least the cat was saving some animals,', ('I wont say the same thing', 'this guy.')], 'Joe Arpaio',
      org=MC, cue='said in a press statement'),
    Q(["Their eyes are matted shut and they're weeping,"], 'Christopher Hegstrom', org=MC, cue='told NBC News'),
    P(('highly emotional', None, 1), cue=None, **UN),
    P('his children.', cue='calling', **JK),
    P(('highly emotional', None, 2), cue=None, **UN),
    P(('his children', None, 2), cue='calling', **JK),
]

# ---------------------------------------------------------------- 18 white-cheeked macaque
PF = dict(name='Pengfei Fan', org='Dali University')
L['dm-test-72e150dabe78aa9876a4f07e8d27c3130b6d252c'] = [
    N('How Did We Get Here?', 'title of a video series'),
    Q([('Amazingly the size of the reproductive organs', 'how the apes are organised socially,'),
       ('Why the difference?', "it's pretty straight forward."),
       ('It all comes down to the amount of competition', 'when they mate with females.')],
      'Darren Curnoe', org='University of New South Wales', cue='explained'),
    Q([('Medog County is surrounded by snow mountains', 'the centre of science.'),
       ('Furthermore, it locates in southeastern Tibet', 'studied primates there.'),
       ('This species has long been identified', 'good specimens are available.')], cue='said', **PF),
    N('arrow-shaped', 'scare quotes (caption)'),
    Q([('The white-cheeked macaque is threatened', 'construction of hydropower stations.'),
       ('Discovery of this new primate species', 'environmental protection in this area.')],
      cue='said', **UN),
    Q(['This area has been little studied.',
       ('Although primates have been intensively studied', 'in the past 10 years.'),
       ('As for other species groups', 'some species remain undiscovered.'),
       ('It is highly possible that some primate species', 'still remain undiscovered.')], cue='said', **PF),
]

# ---------------------------------------------------------------- 19 Natalia Moon, Philippines TV star
NM = dict(name='Natalia Moon')
L['dm-test-c7ed46b2ff217b502514ba71d63ddcbb652e44a9'] = [
    P(('the Barbie from Down Under', None, 1), cue='promotes herself as', **NM),
    N(('Ismol Family', None, 1), 'title of the sitcom'),
    N(('the blonde Filipino', None, 1), 'nickname'),
    P(('the Barbie from Down Under', None, 2), cue='promotes herself as', **NM),
    N(('Ismol Family', None, 2), 'title of the sitcom (caption)'),
    N(('the blonde Filipino', None, 2), 'nickname (caption)'),
    Q([("Acting's what I really love", "I've started singing, and dancing,"),
       ('But the Filipino people are so supportive', 'really accepting and warm.')], cue='told NT News', **NM),
]

# ---------------------------------------------------------------- 20 Mulumbu's PFA votes
L['dm-test-e2ad106b9af692af7243687450f9aa2000cc2b65'] = [
    Q(['What do u (sic) think?!'], 'Youssouf Mulumbu', org='West Brom', cue='asked his followers'),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 20 CNN/DM rows of cnndm-dev (random.Random(45).sample of the 43 rows left '
                'after excluding heldout/quotes/quotes2..quotes10/dev3-articles ids; all dm-test); conventions of eval/quotes/NOTES.md')
