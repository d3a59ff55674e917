"""Hand labels for the quotes9 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py (k counts only occurrences directly
after a quote mark; NoOpen is a span whose opening mark the source lacks).
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ---------------------------------------------------------------- 1 Grand National, Monbeg Dude
LT = dict(name='Liam Treadwell')
L['dm-test-12c2634bbf927f28fcb4208cb01455d32a6c5d70'] = [
    N('3', 'number marking the place in the unsaddling area'),
    P('likes to do things at his own pace', cue='according to', **LT),
    Q(['Pride is the word I would use,', ('I am so happy for the horse.', 'so is the jockey.')], 'Michael Scudamore',
      cue='said'),
    Q(['I am absolutely delighted,', ("The horse didn't even know", 'a fantastic ride.'),
       ('Last year he looked like', 'atmosphere now.')], cue='said', **LT),
]

# ---------------------------------------------------------------- 2 Skin Laundry
SL = dict(name='Skin Laundry', kind='organisation')
JH = dict(name='Josh Hatfield')
L['dm-test-691bac0b53a908837ea2ef0d2d7c5c4e5c3a43d2'] = [
    P('glowing', cue='says', **SL),
    P('a Dickens novel', cue='told the New York Post', **UN),
    Q([('Although rare, potential risks', 'scarring and swelling,')], cue='reads', **SL),
    P('for identification purposes', cue=None, **SL),
    N('addictive', 'scare quotes'),
    Q(['You can say I’m hooked,'], cue='told the Post', **JH),
    P('maintenance', cue='calls', **JH),
    Q(["We're the future of facials,"], 'Yen Reis', org='Skin Laundry', cue='said'),
    Q([("The laser's cleaning your face.", 'deep cleansing,'), "So that's what your're smelling."], org='Skin Laundry',
      cue='explains to blogger Carla Mickelborg', **UN),
    Q([('If I hadn’t had', 'when I saw the waiver],')], 'Amber Katz', cue='said'),
    Q(['After a couple of weeks I was like, "Wow!"'], 'Jacqueline Caterina', cue='added'),
    N('Wow!', 'nested quote'),
]

# ---------------------------------------------------------------- 3 Mr Zhang road accident (no quotation marks)
L['dm-test-38052e2a4541d00f6d16945bce46ddb21284943b'] = []

# ---------------------------------------------------------------- 4 phones for the homeless
L['dm-test-9bcd754fc8a0c2bb75e15f6934c377086d94c198'] = [
    Q([('People don’t put out', 'the best way.'), ('You can’t even go get', 'almost nonexistent.')], 'Holly Leonard',
      cue='told the New York Times'),
    N('for rent', 'nested quote (words on a sign)'),
    Q(['Homeless people live in the year 2015, too, and people need cellphones.'], 'Sam Dodge', cue='added'),
    Q([('We provide a unique', 'poverty and homelessness.'), ('We are thinking big', 'need it most.')],
      org='Mobile4all', cue='said', **UN),
]

# ---------------------------------------------------------------- 5 Clinton's fake followers
HC = dict(name='Hillary Clinton')
L['dm-test-7c6d51e3ed1e902fff6716aead093b8ffeb9521c'] = [
    N('good', "category label of the audit tool"),
    N(('fake', None, 1), 'category label of the audit tool'),
    N('inactive,', 'category label of the audit tool (comma inside the marks)'),
    Q(["I'M RUNNING FOR PRESIDENT"], cue=None, **HC),
    P('everyday Americans', cue='has cast herself', **HC),
    N(('fake', None, 2), 'category label'),
    N(('likes', None, 1), 'term (Facebook likes)'),
    N(('likes,', None, 1), 'term (Facebook likes; comma inside the marks)'),
    N('Baghdad', 'word listed as hometown (mention)'),
    N(('likes,', None, 2), 'term (Facebook likes; comma inside the marks)'),
    Q([('In 2013, the State Department', 'boost the numbers,')], 'Associated Press', kind='organisation',
      cue='reported'),
    Q([('When we catch fraudulent activity', 'removing fake likes,')], 'Facebook', kind='organisation',
      cue='reports on its website'),
    N('listening', 'scare quotes (name of the tour)'),
    N('Scooby,', 'name of the van (comma inside the marks)'),
    N('Mystery Machine', 'name of the cartoon van'),
    P('control freak', org='Kirkwood Community College', cue='heard from students', **UN),
]

# ---------------------------------------------------------------- 6 Rand Paul and Dan Blizerian
L['dm-test-fb431a618ef4dedb6896a4051cc2c2dff8e6751a'] = [
    N('King of Instagram', 'nickname'),
    N('Lessons from Dan Blizerian.', 'title of the video'),
    P('accessories.', 'Dan Blizerian', cue='refers to'),
]

# ---------------------------------------------------------------- 7 Census Bureau shooting
L['dm-test-281d340a0b9ba6fa2f5526ecd59db7cdcc1de4cc'] = [
    Q(['This started and ended in D.C.,'], org='FBI', cue='told WUSA', **UN),
    N('flash-bang', 'term'),
]

# ---------------------------------------------------------------- 8 Nauru guards
TS = dict(name='Transfield Services', kind='organisation')
DJ = dict(name='David Jamieson', org='Transfield Services')
SS = dict(name='Simon Scott')
L['dm-test-99bf5fd0e1315324f2bd86dc460436144be60bde'] = [
    P('cultural sensitivity', cue='said', **TS),
    P('frequently referred to asylum seekers in their care as "the enemy"', org='Wilson Security', cue='said', **UN),
    N('the enemy', 'nested quote'),
    N('minorities', 'scare quotes'),
    N('radical extremism', 'scare quotes'),
    N(('infidel', None, 1), 'word on the tattoo (mention)'),
    P(('Who is next boys?', None, 1), 'Harley Levanic', cue='asking'),
    Q(['Welcome to the gang… Well done old son. Looks awesome.'], 'Beau James', cue='commented on the photo'),
    N('Infidel', 'word on the tattoo (caption; mention)'),
    P(('Who is next boys?', None, 2), 'Harley Levanic', cue='posted'),
    N(('infidel', None, 2), 'slogan on the T-shirt (mention)'),
    P('See yas tomoz boys!!! Bring your pitch forks', 'Beau James', cue='commented'),
    Q([("Don't be UnAustralian", 'have it,')], cue='posted', **SS),
    P('90% full of wealthy Iranians', cue='claimed', **SS),
    Q([("I don't care where they send them", 'to Australia.')], cue='wrote', **SS),
    P('take back australia rallies', 'Alan Hartley', cue='urging'),
    Q([('This picture shows why', '[sic]')], 'Alan Hartley', cue='shared'),
    Q(["It's not just the picture,", ('What they are alleged', 'cultural diversity.'),
       ('These sorts of actions', 'Manus and Nauru.')], cue='told Daily Mail Australia', **DJ),
    Q(["I'm not going to comment on what we might or might not be doing."], cue='said', **DJ),
    N('emergency response team', 'name of the team'),
]

# ---------------------------------------------------------------- 9 James Creag (EPP)
CC = dict(name='Claire Creag')
L['dm-test-e3e7212ffe9806f6e6d5ba4587c8e7613aaa4ba3'] = [
    N('real-life vampires', 'nickname'),
    P('chocolate face', cue='shouted out', **UN),
    P("you're coloured", cue='shouted out', **UN),
    Q([('When he had the cream on', "I don't know why."), ('It was either ignorance', 'mickey out of him.'),
       ('The cream was meant', 'stopped wearing it now.')], cue='said', **CC),
    P('boiling water poured on him', cue=None, **CC),
    Q(['His school got new lightbulbs in October,', ('Immediately he started', 'I was so worried.'),
       ('It turned out', 'now he is lots better.')], cue='said', **CC),
    Q([('He was first diagnosed', 'my husband, Daniel.'), ('But after half an hour', 'like boxing gloves.'),
       ('I put them under', 'three times the size.')], cue='added', **CC),
    Q([('He was given steroid tablets', 'sent away,'), ('But it kept happening', 'three times that week.'),
       ('Painkillers and allergy tablets', 'made any difference.')], cue='said', **CC),
    Q([('We were told to wrap', 'special cream,'), ("So, even if it's overcast", 'is so important.')], cue='added',
      **CC),
    Q([("Even after all he's been through", 'James is brilliant,'), ('He is your typical', 'I admire him.'),
       ('He always wears a hat', 'in the sunshine.')], cue='said', **CC),
    Q([('Doctors said his EPP', 'born with EPP too.'), "Luckily she wasn't."], cue='continued', **CC),
]

# ---------------------------------------------------------------- 10 Labour rally (Elton, Lindsay, Miliband)
BE = dict(name='Ben Elton')
SLI = dict(name='Sally Lindsay')
EM = dict(name='Ed Miliband', org='Labour')
L['dm-test-9fbe37310952a1601f36004806879e7bb8e70e38'] = [
    P('little grannies', 'Myleene Klass', cue='claimed'),
    P('showering in a bikini', cue='told a 1,000-strong crowd', **BE),
    P('proud to make a contribution', cue='told a 1,000-strong crowd', **BE),
    P('back with Labour', cue='told supporters', **BE),
    Q([("It's no secret that I am now", 'Me and Myleene Klass.'),
       ('I made my money cracking knob gags', 'showering in a bikini.'),
       'We should both be proud to make our contribution.'], cue='said', **BE),
    Q([('Apparently we are the ones', 'Black and White ball?'), 'Just a little bit of sneering going on I think.'],
      cue='lashed out', **BE),
    P('fair chance for everyone', 'Eddie Izzard', cue='said'),
    P('it makes me sick', cue='told the crowd', **SLI),
    P('decent minimum', cue='called for', **SLI),
    Q(["That's why I'm voting Labour, that's why I support Ed."], cue='called for', **SLI),
    P(('get Britain building again', None, 1), cue='told supporters', **EM),
    Q([("There's nothing more British", 'dream is fading.')], cue='said', **EM),
    Q([('Our plan is the first real plan', 'in a generation.'), ('We will build at least 200,000', 'the Parliament.'),
       ("We won't let those large developers", 'hoard land.'), ('Waiting for it to go up', 'build homes.'),
       ("We'll say: either", 'lose the land.'), ('We will build a new generation', 'new homes.'),
       ('We will make housing', 'capital investment.')], cue='went on', **EM),
    P(('get Britain building again', None, 2), cue='said', **EM),
    Q([('The banks will benefit', 'their first home.'), ('In return, we will expect', '125,000 homes.'),
       'A Labour government will get Britain building again.'], cue='added', **EM),
]

# ---------------------------------------------------------------- 11 Trojan Horse teachers
PC = dict(name='Peter Clarke')
L['dm-test-e6317700bf0035f4703ad53ccf36d8881c40829f'] = [
    P('coordinated, deliberate and sustained action', cue='found', **PC),
    N('dossiers', 'scare quotes'),
    P(('co-ordinated, deliberate and sustained action, carried out', 'schools in Birmingham'), cue='found', **PC),
    P('disconcerting pattern', cue='highlighted', **PC),
    P('strategy of harassment to oust the head teacher', cue='highlighted', **PC),
    P(('reinforcement of Muslim identity', 'disparagement of others'), cue='highlighted', **PC),
    Q([('The 100 or so include', 'flag up new targets.'), ('In some cases, some of those', 'have been removed.'),
       ('But although some of them', 'anywhere else.')], cue='told the Sunday Times', **UN),
    N('Operation Trojan Horse', 'name of the alleged plot'),
    P('lock away', 'Tower Hamlets council', kind='organisation', cue='advising'),
]

# ---------------------------------------------------------------- 12 Brisbane one-punch death
BP = dict(name='Bruce Peters')
L['dm-test-0fa083cb7da10f1f697e7dab6210397f00c0a4cf'] = [
    P('the world at large', cue='said', **BP),
    P('blindly', cue='said', **BP),
    Q([('He was being pushed', 'throwing the punch,'), "He didn't see it connect but he felt it connect."],
      cue='revealed', **BP),
    P('beside himself', cue='reportedly', **UN),
]

# ---------------------------------------------------------------- 13 Ivy nightclub, Anzac Day
AC = dict(name='Arron Cutugno')
MS = dict(UN, org='Merivale')
L['dm-test-a7c6adc05c834d6ffcf02fddfa42d0c9eb6de602'] = [
    P('disgusted', cue='said', **AC),
    P('disgusting', cue='described', **AC),
    Q([('Really enjoyed the service', 'minute of silence,'), ('I can tell you', 'disgusted by it.')],
      cue='told Channel Nine', **AC),
    P('mortified and deeply upset', cue='said', **MS),
    Q([('As a measure of respect', 'the dawn service,')], 'Merivale', kind='organisation', cue='said'),
    P('deeply upset', cue='said', **MS),
    P('immediately terminated this morning', 'Merivale', kind='organisation', cue='announced'),
    P('unauthorised sound testing', cue='said', **MS),
    Q([('He behaved in a terribly', 'thoughtless way,'), 'That contractor was immediately terminated this morning.'],
      cue='said', **MS),
]

# ---------------------------------------------------------------- 14 Emma Jackson and her neighbour
EJ = dict(name='Emma Jackson')
L['dm-test-9056f691c18f7f0fd4658011b5c5376905c761ad'] = [
    Q([('I was told that the previous tenants', 'be a problem,')], cue='said', **EJ),
    Q([('On the first morning', 'this noise.'), ('The TV was on at full blast', 'above my bed.')], cue=None, **EJ),
    Q(['I got this explosion, this tirade of abuse,', ('Then he ran off', 'got from him.')], cue='remembers', **EJ),
    Q([('He kept to that', 'how it was before.')], cue='says', **EJ),
    Q([('Mr Ray came out', 'red in the face,'), 'He had a massive rock on top of his bin.',
       ('My step-mum was standing', 'kill you".'), ('My dad ran forward', 'have killed her.')], cue='remembers', **EJ),
    N("I'm going to kill you", 'nested quote'),
    Q([('I think he was scared', 'any trouble,'), ('But then his actual personality', 'few weeks later.'),
       ('Instead of overtly', 'his stick.'), ('Everywhere I went', 'back of my head.')], cue='says', **EJ),
    Q(['It was affecting everything in my life,', ('It was affecting my studies', 'just ridiculous.'),
       ('My hair started falling out', 'about it all.')], cue='says', **EJ),
    Q(["It's been the worst year of my life,", ("I've been depressed.", 'with people.'),
       ("I don't want him to find out", 'does scare me.')], cue='says', **EJ),
]

# ---------------------------------------------------------------- 15 Rickie Fowler and the troll
FS = dict(name='fatalsplash')
RF = dict(name='Rickie Fowler')
AR = dict(name='Alexis Randock')
L['dm-test-d3a85ca1228b8da6482f9a1bdeb8e409ede7ad1c'] = [
    P(('gold digger.', None, 1), cue='accused', **FS),
    N(('fatalsplash', None, 1), 'online handle (name)'),
    P(('gold digger.', None, 2), cue='accused', **FS),
    P(('gold digger', None, 3), cue='accused', **FS),
    Q([('Must be nice getting', 'work for it,')], cue='posted', **FS),
    P(('might want to get your facts straight', 'like that'), cue='responded to the troll', **RF),
    Q([("That's hilarious.", 'a nice life,')], cue='posted', **AR),
    N('Fatalsplash', 'online handle (name)'),
    N('@dont_hava_usename', 'online handle (name)'),
    N(('fatalsplash', None, 2), 'online handle (name)'),
    P(('gold digger', None, 4), cue='accused', **FS),
    P('get your facts straight', cue='told the hater', **RF),
    P('butt off', cue='informed him', **AR),
]

# ---------------------------------------------------------------- 16 Jaipur taxi driver
L['dm-test-eafe2c8df2fb9221daf4e3868cfc1d7b27c1e02c'] = [
    Q([('We have arrested taxi driver Salim', 'early Saturday.'), ('He was arrested under Section 354', 'judicial custody,')],
      org='Rajasthan Police', cue='said', **UN),
]

# ---------------------------------------------------------------- 17 selfie stick inventor
HU = dict(name='Hiroshi Ueda')
L['dm-test-bc721db319cbdd6924537aeba7efd61619422d49'] = [
    N(('selfies', None, 1), 'term (caption)'),
    N(('extender stick', None, 1), "name of the invention ('as he called it')"),
    N(('selfies', None, 2), 'term'),
    Q([('The idea of taking a picture', 'new back then.'), ('The philosophy behind it', 'wherever I liked.')],
      cue='said', **HU),
    N(('extender stick', None, 2), 'name of the invention (caption)'),
    Q([('My idea came too early', 'one of those things.'), ('I patented about 300 ideas', 'arrived too early.')],
      cue='said', **HU),
]

# ---------------------------------------------------------------- 18 Mexico's Mirreyes
RR = dict(name='Ricardo Raphael')
L['dm-test-8a065645e5745a8842f62c9c6d718e8624ad7825'] = [
    N(('ostentatious spending, exhibitionism and narcissism', None, 1), 'definition of the term; nobody named as saying it'),
    N('placed above all others', 'definition of the term; nobody named as saying it'),
    P('the key is the purchasing power the Mirrey boasts', cue='said', **RR),
    Q(["I'll stop this cruise, I'll make history."], 'Jorge Alberto López Amores', cue='said'),
    P('Generation Me', cue='called', **RR),
    Q([('The economic wealth Mirreyes use', 'marker of class.'), ('No matter where the money comes', 'the Mirrey boasts')],
      cue='wrote in his book', **RR),
    Q([("Mirreyes, who don't have anything", 'who has more.'), ("We've suddenly seen it", 'from the narcos.')],
      'Pepe Ceballos', org='Mirrreybook', cue='said'),
    N(('ostentatious spending, exhibitionism and narcissism', None, 2), 'definition of the term (caption)'),
    Q([('The Cumbres Institute Mexico asks', 'expressed anger.'), ('This video in no way', 'and graduates.'),
       ('The necessary measures', 'occur again.')], 'Instituto Cumbres', kind='organisation', cue='said'),
]

# ---------------------------------------------------------------- 19 John Carver, Tyne-Wear derby
JC = dict(name='John Carver', org='Newcastle')
L['dm-test-4511bb7f000f7781a94fd4ee9acc88b65a984cd6'] = [
    Q(['We were at the old training ground at Durham Cricket Club and I was in the room with Steve Clarke and Ruud,',
       ('All of a sudden', "what did you say there?'."),
       ('He said he was going to leave out', "how important this game is?'."),
       ("He said, 'I have played", "Milan derby too'."),
       ("I said, 'Yeah, but", "like this Ruud'."),
       ('And then we just walked out', 'going to do.'),
       ('I talked about it being', 'whatsoever.'),
       ("I actually thought, 'If we don't win", "before the game?'."),
       ('We actually went 1-0 up', 'a dreadful night.')], cue='recalls', **JC),
    N('Sorry Ruud, what did you say there?', 'nested quote'),
    N('Do you know how important this game is?', 'nested quote'),
    N(('I have played in some massive derbies.', 'Milan derby too'), 'nested quote'),
    N("Yeah, but you haven't played in one like this Ruud", 'nested quote'),
    N("If we don't win it, he's gone", 'nested quote'),
    N('Is he writing his resignation before the game?', 'nested quote'),
    Q([('In the eyes of the fans', "it's massive,"), ("I'm not saying everything", 'delighted with that.'),
       ('We had a good football match', 'getting the win.')], cue='said', **JC),
]

# ---------------------------------------------------------------- 20 Waitrose house prices
L['dm-test-1d7b60fb8f929252caf6ea56ffca0d754f4235c3'] = [
    Q(['It was mainly the views that attracted us to the property'], cue=None, **UN),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 20 CNN/DM rows of cnndm-dev (random.Random(43).sample of the 87 rows left '
                'after excluding heldout/quotes/quotes2..quotes8/dev3-articles ids; all dm-test); conventions of eval/quotes/NOTES.md')
