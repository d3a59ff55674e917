"""Hand labels for the quotes8 gold set. Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py (k counts only occurrences directly
after a quote mark; NoOpen is a span whose opening mark the source lacks).
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ---------------------------------------------------------------- 1 Ancelotti / Benzema
L['dm-test-6e68621ad5859524581b0a9865ecc513b3ba2827'] = [
    Q(['Benzema is not available (for Saturday) but we will have him back for the next game,'], 'Carlo Ancelotti',
      org='Real Madrid', cue='added'),
]

# ---------------------------------------------------------------- 2 Radio 3
AD = dict(name='Alan Davey', org='BBC Radio 3')
RW = dict(name='Roger Wright', org='BBC Radio 3')
L['dm-test-6376b5504e830e72c0ac87b0bce76dc12261a3a1'] = [
    Q([('If you look back at the Third Programme', 'knew everything.'), ('They did not need', 'explained to them.'),
       ('The modern audience', 'not consistently so, anyway.'), ('We have to perhaps', 'context for works.'),
       ("It's not lowering the standard", 'how we present it.')], cue='said', **AD),
    Q([('I believe there are different ways', 'into music.'), ("There's the Classic FM way", 'good at that.'),
       ("We'll be presenting", 'throughout.')], cue='added', **AD),
    N('dumbing down', 'scare quotes: the accusation, nobody named as saying it'),
    N('accessible', 'scare quotes'),
    P(('complete nonsense', None, 1), cue='dismissed', **RW),
    P(('complete nonsense', None, 2), cue='dismissed', **RW),
    Q([("I just don't recognise it", "We don't."), ("We haven't had a request show", 'complete nonsense.')],
      cue='said', **RW),
]

# ---------------------------------------------------------------- 3 Oldham holidaymaker
L['dm-test-4b6fac08220c82c5e6889491c5bc3c1e6bc2e365'] = [
    P('too hot', cue='lodged a complaint', **UN),
    Q(['The male was advised that this was not a police problem.'], org='Greater Manchester Police',
      cue='told MailOnline Travel', **UN),
    Q(['Some people really are just stupid,'], 'Janine Gamblen', cue='wrote'),
    Q(['Only in Oldham.'], 'Sarah Edwards', cue='added'),
    Q(['The mind boggles,'], 'Tracy Ayre', cue='commented'),
    Q(['Give him a holiday in a cell, maybe he will think twice next time!'], 'Suzi Force', cue='saying'),
    Q(['Haha funny...would love to have seen the police face.'], 'Joanne Parker', cue='writing'),
    N('hot', "scare quotes (the reporter's pun on the complaint)"),
]

# ---------------------------------------------------------------- 4 Barrientos
BDA = dict(name="Bronx district attorney's office", kind='organisation')
L['dm-test-340cf468232e0c3bb17b1ca048d319d5062a5909'] = [
    N('services', 'scare quotes'),
    P('red flags', cue='said', **UN),
    Q(['This is a huge breach in security,', ('If someone could remarry 10 times', 'terrorist attack.')],
      'Manny Gomez', cue='told WABC'),
    Q([('[Barrientos] ... stated in sum', 'first and only marriage.')], 'The New York Daily News',
      kind='organisation', cue='said'),
    P(('involved', None, 1), cue='told the New York Times', **BDA),
    Q([('[Barrientos] has divorced', 'husbands 3 through 9.')], 'The New York Times', kind='organisation',
      cue='According to'),
    P(('involved', None, 2), cue='revealed to the Times', **BDA),
    Q([('She was arrested...', "doesn't want her back."), ('They have a kid together.', 'somebody else.')],
      'Ruben George', cue='told the New York Post'),
]

# ---------------------------------------------------------------- 5 shark fin soup
L['dm-test-7036146e3e87aed36a8b704b73770d3f803d2b5b'] = [
    N(('fish fin soup', None, 1), 'name used on menus'),
    Q([("There's never any big penalty", 'described as minimal.')], 'Graham Buckingham', org='Bite-Back',
      cue='added'),
    N(('fish fin soup', None, 2), 'name used on menus'),
]

# ---------------------------------------------------------------- 6 Obama hike
L['dm-test-97e4f1992149f5fb5919a3ad0e8adfb17b65cdc5'] = [
    Q([('Obama abruptly left the White House', 'Destination unknown,')], 'Byron Tau', org='Wall Street Journal',
      cue='tweeted'),
    P('offers a glimpse into the early history of this country', cue=None, **UN),
]

# ---------------------------------------------------------------- 7 Frida Kahlo
L['dm-test-c2743d6a92cda5d790f1e6c4417c0c4f6728e5d5'] = [
    Q([('She was a formidable being', 'deeply conflicted being.'), ('She loved men', 'crazy about …'),
       ('One day she told me', 'suffering too much.')], 'Gisèle Freund', cue='said'),
    N('B**** better have my money', 'song title'),
]

# ---------------------------------------------------------------- 8 Montenegro v Russia
MD = dict(name='Momir Durdevac', org='Football Association of Montenegro')
L['dm-test-5a4b090df051a1f966ff574d5bd8509d95a9587b'] = [
    Q([('The UEFA Control, Ethics', 'on 27 March.'), ('The CEDB has decided', 'lost the game 3-0.'),
       ('In addition, the FSCG', 'fined 50,000 euros.')], 'UEFA', kind='organisation', cue='read'),
    P('barbarians', cue='had branded', **MD),
    Q([('The match from the first minute', 'verge of interruption.'),
       ('You saw how many people', 'refrain from everything.'),
       ('But it seems that we do not deserve', 'big competition.'),
       ('They are here to disrupt', 'enjoy their skills.'), ('To interrupt the match', 'seen anywhere.'),
       ('For me, the game', 'first minute.')], cue='said', **MD),
    N('Montenegro, I love you', "nested quote (the fans' chant) inside Durdevac's statement"),
]

# ---------------------------------------------------------------- 9 lottery shooting
JL = dict(name='Joe Loughman', org='Fort Worth police')
L['dm-test-914e001df9f064d588f1ec6bb55b747176a7b746'] = [
    Q([('We received information', 'share it with her.')], cue='told The Fort Worth Star-Telegram', **JL),
    Q([NoOpen('[Hampton told police] that she had been shot and that he had shot himself after he shot her.')],
      cue='added', **JL),
]

# ---------------------------------------------------------------- 10 Carver
JC = dict(name='John Carver', org='Newcastle United')
L['dm-test-59808218684d137e372eb2f2f7489ea7c16b21ad'] = [
    Q([('I could be nasty about Michael', 'when he was here,'),
       ('But listen, I don’t have a problem', 'my situation now.'),
       ('They have never had to sit here', 'Where’s that come from?”.')], cue='said', **JC),
    N('Where’s that come from?', "nested quote (a thought) inside Carver's quote"),
    Q([('Let’s not start a war here', 'I understand that.'), ('But sometimes there has to be', 'a little different.'),
       ('There are a lot of people out there', 'can’t do it.'), ('It’s easy talking', 'People don’t see that.')],
      cue='added', **JC),
    Q([('I never listened to Graeme', 'on the TV,'), ('And when I see someone like Peter Reid', 'I respect what he says.')],
      cue='said', **JC),
    Q([('You can see what a talent Siem is.', 'What a player he is”.'), ('If I see anything like that', 'patient with him.')],
      cue='said', **JC),
    N('What a player he is', "nested quote (a thought) inside Carver's quote"),
]

# ---------------------------------------------------------------- 11 Cameron tax cut
DC = dict(name='David Cameron', org='UK')
L['dm-test-f873cc92d02cd04d1b6164fd3659b3fa247cdf56'] = [
    P(('immoral', None, 1), cue='will say', **DC),
    P(('immoral', None, 2), cue='will say', **DC),
    P('know best', cue='will set out', **DC),
    P('bureaucracy', cue='will make a bold argument', **DC),
    P('crackpot Government schemes', cue='will make a bold argument', **DC),
    Q([('There is no such thing as public money', 'taxpayers’ money,'),
       ('And we believe it’s people', 'today is all about.')], cue='will say', **DC),
    P(('wrong – frankly immoral', 'grows on trees'), cue='will add', **DC),
    P('money back Monday', cue='will dub', **DC),
    P('better and fairer place to live', cue='will say', **DC),
    Q([('go to the heart of what I believe', 'as a Conservative.'), ('For me, there’s the economic case', 'making it pay.'),
       ('There’s the progressive case', 'money they earn.'), ('But above all, there is the moral case', 'grows on trees.')],
      cue='adding', partial=True, **DC),
    P('without reaching into working people’s pockets like Labour would', cue='will also pledge', **DC),
    Q([('David Cameron and George Osborne are going', 'How out of touch can they get?'),
       ('The truth is millions', 'government’s choices.'), ('And while millions are paying more', 'a year tax cut.')],
      'Ed Balls', cue='will say'),
    Q([('In government, we secured', 'nearly £400.')], 'Nick Clegg', org='UK', cue='will say'),
]

# ---------------------------------------------------------------- 12 Avastin
L['dm-test-d4f93ae8f0c0cc9ae690e3a2bc0d562c19625731'] = [
    Q([('Cervical cancer is the most commonly', 'younger women.'),
       ('For those women with metastatic disease', 'approximately four months.'),
       ('For a young mother sitting', 'extremely important.')], 'Mary McCormack', org='University College Hospital',
      cue='said'),
    Q([('This regulatory decision for Avastin', 'has often been poor.'), ('Any additional time', 'their families.')],
      'Robert Music', org='Jo’s Cervical Cancer Trust', cue='said'),
]

# ---------------------------------------------------------------- 13 pole-dancing robots
L['dm-test-e5f90abe548af86bae42ca91373ddbc828ac1a9e'] = [
    N('booth babes', 'term'),
    N(('Peepshow', None, 1), 'title of a show (caption)'),
    N(('Peepshow', None, 2), 'title of a show'),
    Q(['We are now all living in a peepshow.', ('Continually being watched', 'every street corner,'),
       ('With this in mind', 'roles played in voyeurism.'), ('Could this pile of old windscreen wipers', 'sexual.... ')],
      'Giles Walker', cue='said'),
    N('Inspiration Centraal', 'name of the event'),
    N('gaming industry godfather', 'epithet, nobody named as saying it'),
    Q([('We chose Shoreditch and Tech City', 'in this beautiful city,'), ("We've been blown away", 'startup ecosystem.')],
      'Jeroen Hüpscher', org='TransIP', cue='said'),
]

# ---------------------------------------------------------------- 14 Grealish
JG = dict(name='Jack Grealish', org='Aston Villa')
L['dm-test-f364b58c01042c853a5d980e094d680304273162'] = [
    Q([('I went twice to Wembley as a fan', 'five years ago,'), ('Unfortunately we didn’t win', 'get a result.'),
       ('It would be brilliant to stay', 'I go with the flow.'), ('To start for my boyhood club', 'stay in the division.')],
      cue='said', **JG),
    Q([('He’s so positive around the place', 'people’s performances,'), ('He’s given me my first start', 'bringing them through.'),
       ('Here he’s brought the younger lads', 'means so much.')], cue='added', **JG),
    Q([('Yes, when you have Christian', 'every game,'), ("We are going to go in Saturday's game", 'we will stay up.')],
      cue='said', **JG),
]

# ---------------------------------------------------------------- 15 kite
L['dm-test-06a4af524f4021ea62a16ee7778f901f3a7879b1'] = [
    N("centipede with a dragon's head", 'name of the kite ("dubbed"), nobody named as saying it'),
    N('China Dream', 'the characters printed on the kite (a slogan/name)'),
    Q([('Big kites and kites that are used', 'snapping in the wind.')], 'Wang Dongming', cue='said'),
]

# ---------------------------------------------------------------- 16 badger
TC = dict(name='Terry Cooper')
AS = dict(name='Alex Stevens', org="National Farmers' Union")
L['dm-test-578933f933255e7e22695c68f7e544dbc749dae3'] = [
    Q([("I've got a little Jack Russell", 'just after tea at 5pm.'), ('Suddenly there was a badger', 'in my garden.'),
       ('He was the size of a pig', 'lemonade bottle is wide.')], cue='said', **TC),
    Q([('My dog turned me round', 'pulled me in,'), ("The badger didn't attack me", 'badly shaken.'),
       ("If I hadn't have had my dog there", 'could have had me.')], cue='added', **TC),
    Q([('Badgers are protected by law', 'badgers or setts.'), ('This incident is really unusual', 'easy source of food.'),
       ('Badgers can squeeze through', 'that will help.'), ('Even better, people can protect', 'tunnel underneath it.'),
       ('People should also keep the lids', 'out in the open.'), ('If you do have to make contact', 'wash your hands afterwards.')],
      cue='said', **AS),
]

# ---------------------------------------------------------------- 17 pests
L['dm-test-b6f33db2b8ff0a48d8ff0e7e2aa8116be35c50e7'] = [
    Q([('Our study provides a comprehensive', 'for pest control.'), ('There are many localised reasons', 'a recurring theme.'),
       ('If an infestation of any pest', 'likely to spread.'), ('The problem then becomes', 'risk to public health.')],
      'Simon Forrester', org='British Pest Control Association', cue='said'),
]

# ---------------------------------------------------------------- 18 Mertesacker / Klopp
PM = dict(name='Per Mertesacker', org='Arsenal')
L['dm-test-07955dc7323a027814bbdacf87a46e554167aac2'] = [
    Q([("I've got some nice experiences", 'working in the Premier League.'),
       ("It's not so good for Dortmund", 'would be very interesting.'), ('Everyone has their philosophy', 'can teach a lot.')],
      cue='said', **PM),
    Q([('I think he should just finish the season', 'given time.'), ("We'll see what he does next", 'a new challenge.'),
       ('But firstly, I wish him all the best', 'I wish him all the best.')], cue='said', **PM),
    Q([('It is obviously sad news', 'turned it around at Dortmund.'), ('The whole situation there', 'It is a sad situation.'),
       ('But in the summer, it will be', 'how it goes there.'), ('I would love to see more German managers', 'Yes, why not?'),
       ('It is his decision.', 'his batteries?'), ('But I am curious', 'happens in the summer.')], cue='said', **PM),
]

# ---------------------------------------------------------------- 19 Promise Tamang
PT = dict(name='Promise Tamang')
L['dm-test-7aa0b829c17b92ceeae58ebee1d87f7b2c962ed3'] = [
    Q([('this girl is RIDICULOUSLY TALENTED!', 'Crazy.')], cue='commented', **UN),
    Q(['Your [sic] amazing at what you do.'], cue='wrote', **UN),
    Q([('I use make-up to transform myself', 'celebrities and characters.'),
       ('It started out as a hobby', 'millions around the world.')], cue='writes', **PT),
    Q([('I am not a professional make-up artist', 'I am purely self taught!')], cue='states', **PT),
]

# ---------------------------------------------------------------- 20 Aliesha Peterson
AP = dict(name='Aliesha Peterson')
L['dm-test-30af4b522be73af89e56c270847eb4e02731511a'] = [
    Q([('I can honestly say I am sooo thankful', '[sic],'), ('My progress has been fairly slow', "I didn't give up.")],
      cue='wrote', **AP),
    Q([('I was extremely depressed', 'anti-depressants,'), ('I went and saw a therapist', 'three times a week.'),
       ('I reluctantly obliged', 'I absolutely hated it.'), ('I hated how uncomfortable', 'what I was doing.')],
      cue='explained', **AP),
    P('somewhat enjoy it', cue='admitted', **AP),
    N('Before', 'caption label'),
    P('at least twice a day', cue=None, **AP),
    Q([("I'm sure if I completely changed", 'would not have been sustainable,')], cue='wrote', **AP),
    Q(['I am much more confident in my body,', ('I no longer hate looking in the mirror', 'I possess as well.')],
      cue='told Daily Mail Online', **AP),
    Q([('I truly believe the key', 'healthy habits,'), ('The first few months are the hardest', 'enjoy it like I have.')],
      cue='continued', **AP),
    Q([('While I still struggle with depression', 'much less severe,'), ('Instead of laying in bed', 'see friends.'),
       ('The best part of getting into this routine', 'the mental change,'), ('My friends and family', 'self improvement.')],
      cue='said', **AP),
]

# ---------------------------------------------------------------- 21 Duchess of Cornwall pub
AW = dict(name='Anthony Woodhouse', org='Hall & Woodhouse')
L['dm-test-ce551de8d9a69e9f2b51ccdd465c8150821936ce'] = [
    Q([("It's a great privilege", 'this prestigious site.'), ('Our inn will blend', "Royal Highness's vision."),
       ("''The Duchess of Cornwall\" is being designed", 'flagship site in Bath.'),
       ('We are delighted to have received', 'Poundbury and Dorset.'), ("We'll offer a great menu", 'cherish and enjoy.')],
      cue='said', **AW),
    N('The Duchess of Cornwall', "name of the pub, nested inside Woodhouse's quote"),
    Q([('The Duchy of Cornwall is very pleased', 'brewing and hospitality.'),
       ('We have been particularly impressed', 'Queen Mother Square.'), ('There has been growing demand', 'visit every year.')],
      'Simon Conibear', org='Duchy of Cornwall', cue='said'),
]

# ---------------------------------------------------------------- 22 Alshammari
L['dm-test-5fdd0e36b6c9197e92e17f86ae05092b6fcd0882'] = [
    Q([('If you are bailing out', 'let alone the country,'), ('If he had been successful', 'ties to the royal family.')],
      'Craig Johnson', org="Utah County Attorney's Office", cue='told KSL.com'),
]

# ---------------------------------------------------------------- 23 Cameron campaign
PH = dict(name='Peter Hall')
L['dm-test-fa24723dad6104750ada05628b44decba200720b'] = [
    Q([('If you want political excitement.', 'Go to Hollywood.'), ('But here and now in the UK', 'a stronger economy.')],
      cue='told supporters', **DC),
    P('excites', cue='insisted', **DC),
    P(('more jobs, more homes', 'security in retirement'), cue='said', **DC),
    Q([('I make no apologies', "now that's truly exiting."), ('And you only get these things', 'Britain should take.')],
      cue='said', **DC),
    P('mass show of support', 'The Sunday Times', kind='organisation', cue='reported'),
    Q([('Boris is the only one who can win.', "we'll get rid of him.")], cue='told the newspaper', **UN),
    P('curious lack of energy and belief in his campaign.', cue='has criticised', **PH),
    P('unleash visceral passion and belief in his vision of the future', cue='said', **PH),
    P('get down and dirty', cue='said', **PH),
    P('he cares', cue='said', **PH),
    Q([("If we don't have a Conservative government", 'a key error.'), ('I see no powerful vision', 'where we are headed.')],
      cue='said', **PH),
    P('is not enough to win the votes needed to win the election', cue='warned', **PH),
    Q([('Some people are really quite resigned', 'the next step.'), ("It's a horrifying prospect", 'such a strong hand?')],
      cue='added', **PH),
]

# ---------------------------------------------------------------- 24 Adeli
AM = dict(name='Alan Murphy')
NS = dict(name='Navinder Sekhon')
L['dm-test-583e3c096f0078560659ab4c833d247ebbf786a4'] = [
    N("Amy's", "name of the fake persona (the possessive 's sits inside the marks)"),
    Q(['I am arresting you on arranging and facilitating child sex offences.'], cue='says', **UN),
    N(('Amy', None, 2), 'name of the fake persona'),
    Q([('The man, John, acts as', 'using the internet.'), ('He and colleagues used to film', 'meeting arranged.')],
      cue='told the court', **AM),
    N(('Amy', None, 3), 'name of the fake persona'),
    Q(["Sorry, you're too old for me."], 'John', org='Letzgo Hunting', cue='said'),
    Q(['I know, but we can be friends and talk.'], 'Jafar Adeli', cue='replied'),
    Q([('The conversation became sexual', 'meet after two days.')], cue='added', **AM),
    P('preparatory offence and not a completed one', cue='described', **NS),
    P('deep-seated remorse', cue='said', **NS),
    P('wishes to be reunited with her', cue='told the court', **NS),
    Q([('It was your intention', 'a crime in this country.'), ('You were grooming this person', 'for sexual activity.')],
      'Philip Head', cue='said'),
    P('made clear', cue='said', **AM),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 24 CNN/DM rows of cnndm-dev (random.Random(41).sample of the 111 rows left '
                'after excluding heldout/quotes/quotes2..quotes7/dev3-articles ids; all dm-test); conventions of eval/quotes/NOTES.md')
