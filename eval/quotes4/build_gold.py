"""Hand labels for the quotes4 gold set. Every offset is computed by str.find over the article text.

Part spec:  "exact span"  |  (prefix, suffix)  |  (prefix, suffix, k)
  - "exact span": the whole text between the marks (must occur once, or give ("span", None, k)).
  - (prefix, suffix[, k]): span runs from the k-th (1-based) occurrence of prefix to the end of the first
    occurrence of suffix at or after it.  The parts of one quote are searched left to right, each after the
    previous part's end.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import N, P, Q, build  # noqa: E402


L = {}

# ---------------------------------------------------------------- BBC
L['bbc-business-012'] = [
    Q([('The (January to March) quarter', 'increase fuel prices,'), ('We are still considering', 'for the state budget.')],
      'Sri Mulyani Indrawati', org='Indonesia', cue='said'),
    Q([('The big question is whether', 'stagger it,')], 'Rachel Harvey', org='BBC', cue='said'),
]
L['bbc-business-028'] = [
    Q([('I think that prices', 'dollars 50 level,')], 'Orin Middleton', org='Barclays Capital', cue='said'),
]
L['bbc-business-069'] = [
    N('rolled-out', "scare quotes (industry jargon), nobody reported as saying it"),
    Q([('Boeing has the latest variant', 'very successful,')], 'David Learmount', org='Flight International', cue='said'),
    P('is a niche player', 'David Learmount', org='Flight International', cue='continued'),
    P('Airbus is now where Boeing was a few years ago', 'David Learmount', org='Flight International', cue='said'),
]
L['bbc-business-071'] = [
    N('beer-like', 'so-called term'),
    N('Shinnama', 'product name'),
    N('new draft', 'translation of the product name'),
    N('Draft One', 'product name'),
    N('Super Blue', 'product name'),
    N('third-type', 'term in scare quotes, nobody reported as saying it'),
]
L['bbc-business-116'] = [
    Q(['Both companies need to strengthen retail and other operations,'], 'Yoshifumi Nishikawa',
      org='Sumitomo Mitsui Financial', cue='said'),
    P("it's an issue we have in common", 'Yoshifumi Nishikawa', org='Sumitomo Mitsui Financial', cue='adding'),
    P(('although it is true', 'consolidate the two businesses'), 'Daiwa Securities', kind='organisation', cue='said'),
    Q([('Cross-selling opportunities', 'even stronger,')], 'Heronry Nozaki', org='NikkoCitigroup', cue='said'),
    P('would be a good move,', 'Heronry Nozaki', org='NikkoCitigroup', cue='added'),
]
L['bbc-business-150'] = [
    Q([('The companies will work', 'risk of PML,'), ('The outcome of these', 'commercial availability.')],
      'Elan and Biogen Idec', kind='organisation', cue='said in a statement'),
    Q([('Most of the value', 'in Tysabri,'), "Now there's a question mark over it."], 'Ian Hunter',
      org='Goodbody Stockbrokers', cue='said'),
]
L['bbc-politics-029'] = [
    Q([('The savings made will help', 'climate change.'), ('Some of the savings will also', 'closing posts.'),
       ('In Africa, for instance', 'Maseru and Mbabane.')], 'Jack Straw', org='UK', cue='said'),
    Q([('But the government must give', 'adversely affected,')], 'Michael Ancram', cue='said'),
]
MCC = dict(name='Jack McConnell', org='Scotland')
L['bbc-politics-050'] = [
    P('comprehensive ban', cue='told the Scottish Parliament', **MCC),
    P('lamentable', cue='said', **MCC),
    P(('tourists can enjoy', 'a thing of the past'), cue='said', **MCC),
    Q([('There are still national habits', 'improvements in health,'), ('Health rates are lamentable', 'over-eating.'),
       ('They all make us', 'too many smoke.'), ('It is clear that Scotland', 'caused by smoking.')], cue='declared', **MCC),
    Q([('The time has come for a ban', 'public places.'), ('There is evidence a ban', 'give up the habit.'),
       ('But we must also recognise', 'yet to be persuaded.')], 'Nicola Sturgeon', org='Scottish National Party', cue='said'),
    Q([('Would it not be ironic', 'become criminals?')], 'David McLetchie', org='Scottish Conservative Party', cue='asked'),
    P('success stories of New York and Ireland', 'Eleanor Scott', org='Scottish Green Party', cue='said'),
]
L['bbc-politics-140'] = []
AW = dict(name='Andy Williams', org='Powys Local Health Board')
L['bbc-politics-170'] = [
    N('no Welsh', 'headline scare quotes naming the plan'),
    P('a totally unacceptable way to behave', cue='had said', **AW),
    P(('struggling financially', 'back to Powys'), cue='said', **AW),
    Q([('I have written straight back', 'paying them to treat.')], cue='had told BBC Radio Wales', **AW),
    P('unacceptable', 'Welsh Assembly Government', kind='organisation', cue='said'),
    Q([('But Powys Local Health Board is committed', 'is appropriate,'), ('Although we will be challenging', 'in the next week.')],
      'Welsh Assembly Government', kind='organisation', cue='said'),
    Q([('It is with real regret', 'this step.'), ('We want to continue', 'provide the service.'),
       ('In 2005 our waiting', 'modern hospital.'), ('We appeal to Powys', 'for their treatment.')],
      'David Rose', org='Hereford Hospitals NHS Trust', cue='had said'),
]
KM = dict(name='Kenny MacAskill', org='Scottish National Party')
L['bbc-politics-173'] = [
    Q([('We will study this judgement', 'being accelerated.'), "Today's judgement does not affect the outcome of other cases."],
      None, kind='unnamed', org='Scottish Executive', cue='said'),
    P('be beyond reasonable doubt', None, kind='unnamed', org='Scottish Executive', cue='arguing'),
    N('a balance of probabilities', 'name of a legal test'),
    Q([('There are hundreds of people', "today's judgement.")], 'Tony Kelly', cue='said'),
    P('a fiasco from start to finish', cue='said', **KM),
    Q([('Ministers were fully aware', 'more payouts.'), 'A short term executive saving has resulted in a long term public cost.'],
      cue='said', **KM),
]
CK = dict(name='Charles Kennedy', org='Lib Dems')
L['bbc-politics-301'] = [
    P('painful economic realities', cue='say', **CK),
    Q([('Budgets have to add up.', 'public spending.')], cue='said', **CK),
    N('low priority', "scare quotes marking the party's term; no speech verb"),
    N('polluter who pays', 'slogan / principle in quotes; no speech verb'),
    Q([('That contract with the people', 'about their plans.'), ('With the stealth tax strategy', 'is breaking down.')],
      cue='said', **CK),
    Q([('If Charles Kennedy is serious', '100 spending commitments.'), ('The reality is, the Lib Dems', 'worse off a year. ')],
      'Liam Fox', org='Conservative Party', cue='said'),
    N('tough choices', 'nested quote inside the Liam Fox quote (echoes Kennedy)'),
]

# ---------------------------------------------------------------- CNN/DM
JB = dict(name='Joshua Quincy Burns')
EW = dict(name='Elizabeth Warner')
L['dm-test-962da1370522ccf02d3c1c0410c874c7bffd1fbb'] = [
    P(('an accident', None, 1), 'Joshua Quincy Burns and Brenda Burns', cue='call'),
    Q([('I never abused my daughter,', None, 1)], cue='claims', **JB),
    Q(['Then why are you in jail?'], 'Dr Phil', cue='asks'),
    Q(['I literally thought: Do you have the right family?'], 'Brenda Burns', cue='said to Dr Phil'),
    P('certainly not by the agency that takes children', cue='said', **EW),
    P('the fit parent', cue='said', **EW),
    Q([('I never abused my daughter', None, 2)], cue='says', **JB),
    P(('an accident', None, 2), 'Brenda Burns', cue='agrees'),
    P('doing very well', cue='said', **EW),
    P("she's pretty advanced for her age", cue='said', **EW),
    Q([('You can see pictures', 'brain damaged forever.'), ('In fact, if this was', 'by a doctor.'),
       "It's something she recovered from."], cue='said', **EW),
]
HM = dict(name='Hilary Mantel')
L['dm-test-71cfa34d7c8d2acd4244817fe963343b12e51928'] = [
    N('Queen of Everything', 'title of a magazine feature'),
    P('regal inspiration', 'Patsy Kensit', cue='said'),
    P(("our generation's suffragette", None, 1), 'Patsy Kensit', cue='says'),
    Q([("She's so fabulous", 'done so much for women.'), ("I'm not going to be forced", "generation's suffragette.")],
      'Patsy Kensit', cue='added'),
    P('uneventful dresser', 'Margaret Atwood', cue='revealed'),
    P('machine made princess', cue='dubbed', **HM),
    P('drab', 'Margaret Atwood', cue='dubbed'),
    Q(['I think she’s watching her back,', ('I think she probably has people', 'appropriate for her to wear.'),
       ('I don’t think she’s become', 'wouldn’t you say?')], 'Margaret Atwood', cue='continued'),
    P('shop window mannequin', cue='has described', **HM),
    P('machine-made', cue='has described', **HM),
    P('designed by committee', cue='has described', **HM),
    P('single opinion', 'Sandi Toksvig', cue='said'),
    P('unambitious and bland', 'Joan Smith', cue='labelling'),
]
JN = dict(name='Jesse Norman', org='Conservative Party')
KR = dict(name='Kim Rose', org='Ukip')
L['dm-test-4cf2516658bb8e0a9006d900fe328f2ee06ad731'] = [
    N('bribe', 'caption scare quotes, nobody reported as saying it'),
    P('nonsense', cue='described', **JN),
    Q([('We had a couple of small boxes', 'not even voters.')], cue='saying', **JN),
    P('absolutely ridiculous', cue='has criticised', **KR),
    Q([('The officers told me today', 'sausage rolls.'), ('They told me I have got', 'run a mile.')], cue='said', **KR),
]
SW = dict(name='Sarah Watson')
L['dm-test-60e99bf7b0f7dd755ae4aab0094f2add2d4f36fd'] = [
    Q([("I just wish I'd never", 'likes of them,'), 'This has been a total nightmare.'], cue='said', **SW),
    N("girls' night out", 'idiom in scare quotes; no speech verb'),
    P('cheesy', cue='calling', **SW),
    Q(['My love, where are you?'], 'Marcus Rojo', org='Manchester United', cue='asked'),
    Q([('It was a bit of an ego boost', 'he wanted me.')], cue=None, **SW),
    N(('Premier League footballer', None, 1), "the court's anonymising label (caption)"),
    Q([('He asked me how much', 'not a prostitute.')], cue=None, **SW),
    Q([('I did it because I liked him', 'story on,')], cue='said', **SW),
    N(('Premier League footballer', None, 2), "the court's anonymising label"),
    Q([('People who look after Marcos', 'our encounter,'), ('But it was a lie', 'trap me.')], cue='said', **SW),
    Q([('I didn’t set out', 'ashamed of.'), ('[Rojo] and his people', 'as hush money.')], cue=None, **SW),
]
L['dm-test-4662c4593a02d144de8a32cf1f9726a31b5b31e4'] = []
MO = dict(name='Michelle Obama')
L['dm-test-22e16fad8cfe6ec16e33eec847aaf92935271b41'] = [
    Q([('We are proud to honor', 'Grammy Creators Alliance.')], 'Neil Portnow', org='Recording Academy', cue='said'),
    N(('moving', None, 1), 'scare quotes, nobody reported as saying it'),
    N('sub-initiatives,', 'scare quotes, nobody reported as saying it'),
    N(('moving', None, 2), 'scare quotes, nobody reported as saying it (caption)'),
    Q([('(It) gives you an opportunity', 'are having,'), ('I encourage people', 'in their communities.')], cue='said', **MO),
]
L['dm-test-f419767a484b52429e3638e674ef97178925020d'] = []
CR = dict(name='Charlotte Roach', org='Rabble')
L['dm-test-e3bd5f22fedc86c37867d6d93d39517a66e19e04'] = [
    Q([('When I went down', 'a minute or two.'), ('Luckily, the car behind', 'took a look at me.')], cue='said', **CR),
    Q([('She could hear a gurgling', 'into my lungs.'), ('Effectively, I was drowning', 'saved my life.')], cue='continued', **CR),
    Q([('In my head I thought', 'really move.'), ('I still had holes', 'every day.'), ("One day, despite my mum's", 'bend down.'),
       ('I started walking but', 'how little I could do.')], cue='said', **CR),
    Q([('I wanted to prove', 'fitness wise,'), ('The less people believed', 'determined I became.'),
       ('I later found out', 'going to die.')], cue='said', **CR),
    Q([('While I was recovering', 'isolating and boring.'), ('I wanted to recreate', 'as a kid.')], cue=None, **CR),
    N('exercise as an adult really sucks.', 'nested quote (her own thought) inside a Roach quote'),
    Q([('We were coming up with fun', 'really stuck,'), ('Somebody suggested [giving up]', 'normal clothes instead.'),
       ("We forget we're wearing", 'obviously fancy dress.'), ('Our most embarrassing moment', 'in the building.')],
      cue='said', **CR),
    N("that's the kind of thing that gets people arrested,", 'nested quote (her own thought) inside a Roach quote'),
    Q([('I owe the Air Ambulance', 'without them,'), ('At the very least', 'someone else life.')], cue='said', **CR),
]
TK = dict(name='Travis Kalanick', org='Uber')
SFLA = dict(name='San Francisco and Los Angeles', kind='organisation')
L['dm-test-9b5117ce299e1ae21141809563adcfb5308a0c97'] = [
    P(('misleading the public', None, 1), cue='suing', **SFLA),
    Q([('We are both in cyberspace', 'bits and atoms.'), ('And as we get into', 'data security.')], cue='wrote', **TK),
    Q([('This is a challenge where', "world's cities.")], cue='added', **TK),
    P(('misleading the public', None, 2), cue='suing', **SFLA),
]
LT = dict(name='Lee Thompson', org='The Flash Pack')
L['dm-test-d13f1821323a1229f780b2cf8c5659b2c995a34a'] = [
    Q([('Unlike other tour companies', 'for the locals,'), ('I watched as one of the bikers', 'happy about it!')], cue='said', **LT),
    Q([('Hanoi and Ho Chi Minh are full', 'London seem easy,'), ('Even though most of our group', "it's crazy!")], cue='said', **LT),
    P("didn't seem happy", cue='says', **LT),
]
RG = dict(name='Rhodri Giggs')
RY = dict(name='Ryan Giggs', org='Manchester United')
L['dm-test-4323850bb3efad1687e0af136ba0e217bf536f01'] = [
    N('totting-up', 'name of a legal procedure'),
    P("wasn't intentional", cue='said', **RG),
    Q([('On October 14 last year at around', 'insurance was in force.')], 'Eddie Coyle', cue='said'),
    N('exceptional hardship', 'name of a type of application'),
    Q([('I work for an agency.', 'something else.'), ('I want to get this sorted', 'income or benefits.')], cue='said', **RG),
    P(('about sex', None, 1), cue='told Rhodri', **RY),
    P(('about sex', None, 2), cue='told his brother', **RY),
]
L['dm-test-0f9730751edc82180f916bacd2061f3ae70e5bf0'] = []

build(BASE, L, 'direct quotations with speakers, 12 BBC (heldout/articles bbc-*) + 12 CNN/DM (cnndm-dev, '
                'random.Random(17), excluding heldout/quotes/quotes2/quotes3 ids); conventions of eval/quotes/NOTES.md', every_occurrence=True)
