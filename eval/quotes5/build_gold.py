"""Hand labels for the quotes5 gold set. Every offset is computed by str.find over the article text.

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
L['cnn-test-d061579cf4bbbbf4cb5735532e54fb695a1555cb'] = [
    N(('genocide', None, 1), 'word mention ("use the word ...")'),
    N(('genocide', None, 2), 'word mention ("use the word ...")'),
    N(('genocide', None, 3), 'word mention ("call it a ...")'),
    Q([('The Armenian genocide is not an allegation', 'historical evidence,')], 'Barack Obama', cue='said'),
    Q([('We cannot define what happened', 'as a genocide,')], 'Mevlut Cavusoglu', org='Turkey', cue='told CNN'),
    Q([('No U.S. president has ever made', 'genocide rages on,')], 'Samantha Power', cue='wrote'),
]
L['cnn-test-2c05ddcc2bf50bd20dfc8c16f124d32867075b32'] = [
    P('is much better,', 'Claudette King', cue='told the Los Angeles Times'),
    Q(["I'm feeling much better and am leaving the hospital today,"], 'B.B. King', cue='said in a message'),
    Q(['He was struggling before, and he is a trouper,', "He wasn't going to let his fans down."], 'Angela Moore',
      cue='said'),
    N('King of the Blues.', 'nickname'),
    N('The Thrill Is Gone,', 'song title'),
    N('There Must be a Better World Somewhere', 'song title'),
    N('When Love Comes to Town,', 'song title'),
]
TMS = dict(name='Tanka Maya Sitoula')
L['cnn-test-65eab2505a62dab04413d9ee6a2d95f3a0f655a2'] = [
    Q(['It seems he survived by sheer willpower,'], 'Akhilesh Shrestha', cue='said'),
    Q([('I heard people making noise', 'would be rescued,')], cue='said', **TMS),
    Q(['I was just lying down,', 'There was no room to move here and there.'], cue='said', **TMS),
]
L['cnn-test-578677b3280b0f5ab8b45fdd948707262c9ffed3'] = [
    N('most severe public health emergency seen in modern times',
      'quoted characterisation with nobody reported as saying it (no verb, no source in the text)'),
    Q([('Taken together these data', 'in the coming weeks,')], 'World Health Organization', kind='organisation',
      cue='said'),
]
BM = dict(name='Britt McHenry', org='ESPN')
L['cnn-test-2beb3c90dd9c2fe8288f352b6b973b5a0b5dd0dc'] = [
    Q(["I'm on television and you're in a f**king trailer, honey,"], cue=None, **BM),
    Q([("I wouldn't work at a scumbag place", 'even being here.')], cue=None, **BM),
    Q(['Lose some weight, baby girl.'], cue=None, **BM),
    P('ugly on the inside', cue='called', **UN),
    P('sad, self-hating coward.', cue='called', **UN),
    N('power of the press', 'idiom in quotes'),
    P('the return of class', cue='call for', **UN),
    Q([('Part of me feels bad', "'education'?")], cue='express', **UN),
    N('brains', 'nested quote inside the tweet quote'),
    N('education', 'nested quote inside the tweet quote'),
]
L['cnn-test-5588d9eecfe630bbe8ac41600cd377c0bc810670'] = [
    Q([('He was and will always be my hero', 'as best I am able,')], 'Donavan Freberg', cue='wrote on Facebook'),
    P('guerilla satirist.', 'Stan Freberg', cue='described'),
    P('Che Guevara of advertising,', 'The New York Times', kind='organisation', cue='dubbed'),
    N('Weird Al', 'nickname'),
    Q([('Very sad to say', 'just passed away,'), ('RIP Stan Freberg.', 'and a friend.')], 'Weird Al Yankovic',
      cue='wrote on Twitter'),
    N("Wun'erful Wun'erful,", 'record title'),
    N('champagne music', 'term (style name)'),
    N('The Lawrence Welk Show.', 'show title'),
    N('Cry,', 'song title'),
    N('Try.', 'song title (parody)'),
    N('St. George and the Dragonet,', 'record title'),
    N('Dragnet.', 'series title'),
    N("That's Rich.", 'radio programme title'),
    N('The Stan Freberg Show', 'show title'),
    N("Mad Men's", 'series title in a link headline'),
    N('The Best of the Stan Freberg Shows.', 'record title'),
    N('Time for Beany,', 'show title'),
    N('office', 'scare quotes'),
    N('Toast of the Town.', 'show title'),
    N('Teenage Mutant Ninja Turtles', 'film title in a link headline'),
    N('Nine out of 10 doctors recommend Chun King Chow Mein,', 'name of an ad ("ad capers as ...")'),
    N('Green Chri$tma$', 'record title (no closing mark in the source)'),
    N('More Honesty Than the Client Had in Mind,', 'slogan'),
    N('Ars Gratia Pecuniae', 'motto'),
    N("What's Brewin', Bruin,", 'cartoon title'),
    N('Three Little Bops.', 'cartoon title'),
    N('Lady and the Tramp', 'film title'),
    N('Back in Action', 'film title'),
]
FJ = dict(name='Frank Jordan')
LJ = dict(name='Louis Jordan')
L['cnn-test-43b82870a85c31a9dccd43574fb6276516c82325'] = [
    Q(['I thought I lost you,'], cue='said', **FJ),
    Q([('I was utterly thankful', 'worried about me,')], cue='told CNN', **LJ),
    Q([("He's got very strong constitution", 'spiritually,'), ('And he told me on the phone', 'a great deal.')],
      cue='told CNN', **FJ),
    Q([('Everything I owned got broken', 'GPS devices,')], cue='said', **LJ),
    Q(['It took so long,', 'It moved so slowly.'], cue='said', **LJ),
    Q([('I had tried to collect', 'splash into the boat,'), ('The waves would put saltwater', 'tasted bad.'),
       ('Finally the conditions', 'filled up a bucket.')], cue='said', **LJ),
    Q([("You're a good man", 'appreciate it,'), 'And I know my son appreciates it.'], cue='says', **FJ),
]
L['cnn-test-456721af78bb6da0bf90c8a420ce3ca63d0d4001'] = [
    N('The Blob', 'film title'),
    N('blobs', 'scare quotes'),
    N('Not Easy Being Green', 'song title used as a label'),
    N('Iron Man', 'nickname / role name'),
]

# ---------------------------------------------------------------- DM
HAM = dict(name='Lewis Hamilton', org='Mercedes')
L['dm-test-e1532b5d4b83d557c234758ba657ac9458b91d0b'] = [
    N('home run', 'scare quotes (metaphor)'),
    Q(["I don't know what the feeling of being unbeatable is.", ('I know I feel very powerful', 'everything from it.'),
       ('I also feel more comfortable', 'strength in the car.'), ("It's like 'yes'.", 'I get the exit.'),
       ('Naturally you always feel', 'what to focus on.'), ("That's what a team leader", 'where to go next.')],
      cue='replied', **HAM),
    N('yes', 'nested quote inside a Hamilton quote'),
    Q([('There are always areas.', 'a better outlap?'), ("I feel I'm doing the best I can", 'all I can ask for.')],
      cue='said', **HAM),
    N(('Could I have braked later', 'a better outlap?'),
      'nested quote (his own thought) inside a Hamilton quote; its closing mark also closes the outer part'),
    Q([('Of course I analyse.', 'without doing that,'), ('I remember speaking about this', 'as any other driver.'),
       ('Just because I do things differently', "I'm worse."), ('There was a point where people said', 'of his tyres.'),
       ('I tick off all the boxes', 'to do that.'), ('The results I get', 'Formula Three.'),
       ("Ultimately, I don't care", 'I just do the job.')], cue='said', **HAM),
    Q([("That's natural for anyone", 'competitiveness I have,'), ('I know the potential I have', 'living up to it.'),
       ('I feel I am coming close', 'quite satisfied.')], cue='said', **HAM),
    Q([('I got the pole, I did the job', '(in Bahrain),'), ('Now I have to see if I can improve', 'get to Barcelona.')],
      cue='said', **HAM),
]
JO = dict(name="Jonjo O'Neill")
L['dm-test-20b231e56a0a2104a96e167659222986fbcaeddd'] = [
    Q([('Shutthefrontdoor is in great form.', 'where it was.'), ('We did think about giving him', 'is spot on.'),
       ('He is a clean-winded horse', 'going ride him.'), ('You need to have a good classy horse', 'are first class.'),
       ('He likes to be up there', 'ride him myself.'), ("I don't bet so", 'Stratford or whatever!'),
       ('Hopefully, AP is going to ride', 'it is a tall order.'), ('The only pressure (on me)', 'whoever rides him!'),
       ("I'd love good ground", 'as any horse in the National.'),
       ('We are going there full of confidence', 'it is the National.')], cue='told Betfred', **JO),
    Q([('This preparation has gone better', 'the way things have gone.'), ('Shutthefrontdoor is a lovely horse', 'a character.'),
       ('He lacks experience', 'run a blinder.'), ('I have taken him away', 'really inviting.'),
       ('The Grand National grips you', 'involved in.'), ('We will miss AP', 'for schooling.')],
      cue='continued', **JO),
    Q([('Holywell will run', 'did not quite get home.'), ('He came out of the race', 'like the track.')],
      cue='envisages', **JO),
]
AS = dict(name='Alec Stewart', org='Surrey')
L['dm-test-810445408e96d6332086bce30a53f24824db1d04'] = [
    Q(['When England come calling, you shouldn’t say no.'], cue='said', **AS),
    Q([('I can’t just say yes', 'to look at it.'), ('As a player I did', 'under contract here.'),
       ('I just want England', 'I’d look at it.'), ('I’ve got a big job here', 'shouldn’t say no.'),
       ('If they want someone', 'of that list.')], cue='said', **AS),
    Q([('If you do well, you get patted', 'people can hide.'), ('I’m not one for hiding.', 'without fear.')],
      cue='made clear', **AS),
    Q(['We’ve never had a problem with him,', ('I’m sure other dressing-rooms', 'handle him.'),
       ('He fits in well.', 'from other people.'), ('England have said he’s not', 'bring him back?')],
      cue='said', **AS),
]
L['dm-test-ed8674cc15b29a87d8df8de1efee353d71122272'] = [
    N('dynamo', 'scare quotes (technical term)'),
    Q(['We think that that is quite conceivable,', ("It's kind of exciting", 'caused the moon.')], 'Bernard Wood',
      org='University of Oxford', cue='said'),
    P(('how Earth ended up', 'three billion years.'), 'Richard Carlson', org='Carnegie Institution for Science',
      cue='said'),
]
MCB = dict(name='Maria Cristina Barrionuevo')
L['dm-test-f123ef35518ed61b2aa9e60123ef18976a93cfdd'] = [
    P('unhappy coincidence', 'BBC', kind='organisation', cue='claimed'),
    P('provoking people', cue='said', **MCB),
    P('arrogant and disrespectful', cue='slammed', **MCB),
    Q([('It should be understood', 'Malvinas-referenced number plates.'), ('Nor is it my job', 'such an offence.'),
       ('My responsibility is to analyse', 'replacement by another.')], cue='said', **MCB),
    P('bad faith', cue='Concluding', **MCB),
    P('massive government and popular pressure', cue='Concluding', **MCB),
    Q([('It led them to remove', 'ended up taking place.'), ('The change was not done', 'programme producers.')],
      cue='added', **MCB),
    P('malicious mockery', 'Alicia Castro', org='Argentina', cue='calling'),
    P('completely untrue', 'Andy Wilman', org='Top Gear', cue='insisted'),
    P('go fooey', 'Jeremy Clarkson', org='Top Gear', cue='told the Argentinian ambassador'),
    P('quit my mates.', 'Richard Hammond', org='Top Gear', cue='insisting'),
    P('not be pursuing the matter any further.', cue='announced', **UN),
]
L['dm-test-6fc09e0dedb137271336f0b4030bbe7f023582f0'] = [
    Q([('Of course, the public will be watching him', 'a huge burden for him.')], 'Niki Lauda', cue='said'),
    Q([('We are all pleased', 'Mick makes few errors.'), ('The talent is there', 'the intelligence is there.'),
       ('We are proud to have a big name', 'work hard for those.')], org='Van Amersfoort Racing', cue='told Bild', **UN),
]
LP = dict(name='Linda Prior')
JB = dict(name='Jim Berry')
L['dm-test-270fdae145aa5ae3ae73adcf44be72cec339dbbe'] = [
    P('big brown eyes', cue='told court', **LP),
    Q(['The big brown eyes were just staring at me,'], cue='told the court', **LP),
    Q(['I just thought it would be nice to close his eyes,'], 'Richard Rhoades', cue='said'),
    P('reckless', cue='added', **JB),
    P('scare the jogger', cue='added', **JB),
]
DB = dict(name='Daniel Buccheri')
L['dm-test-c9d367690daed7278ffc5da32b326e72639aa28c'] = [
    Q([("Guess it's true what they say", 'take her hand,')], cue='sang', **DB),
    Q([('When you moved out of home', "missing you',")], cue='sang', **DB),
    N(('thank the Lord', 'missing you'), 'nested quote (his own thought) inside a Buccheri quote'),
    P('thought he was dead', cue='claims', **DB),
    Q([('Then she found the ignition', 'laundry and dishes,'), ('And although you met on the internet', 'kick them outside.')],
      cue='sang', **DB),
    Q([('It was Sarah this and Sarah that', 'loved you,')], cue='sang', **DB),
    P('so great', cue='told her', **DB),
    Q([('Hey my new sister', 'all the time,'), ('One day in the craziness', 'out of his head.')], cue='sang', **DB),
    Q([("Adrian now you've become a man", 'used to be,'), ("Though we'd scream", 'mean to me.'),
       ("I'm so proud of you", 'done for me.'), ('Whether you realise or not', 'looked up to you.')], cue='sang', **DB),
    Q([("I didn't realise that when I wrote it", 'for some people,'), ('I just wrote it as a speech', 'had potential.')],
      cue='said', **DB),
    Q([('It was one of those moments', 'Adrian and Sarah.')], cue=None, **DB),
]
LM = dict(name='Lisa McElroy')
DL = dict(name='David Lat')
PC = dict(name='Philly.com', kind='organisation')
L['dm-test-95c8ae4fb51cc266ac604e0f40a4ebf284ebfe93'] = [
    Q([('As a result of General Motor’s', 'largest shareholders?')], 'Who Wants to Be a Millionaire',
      kind='organisation', cue='read'),
    N('Great article on writing briefs.', 'e-mail subject line (a title)'),
    P(('a woman engaging in a sexually explicit act', None, 1), cue='reports', **PC),
    N(('Great article on writing briefs', None, 2), 'e-mail subject line (a title; caption)'),
    Q([('As you may be aware', 'inappropriate material.'), ('We take this matter seriously', 'may have caused.')],
      'Drexel University', kind='organisation', cue='read'),
    P(('a woman engaging in a sexually explicit act', None, 2), cue='reports', **PC),
    P('Supreme Court junkie.', cue='describes', **LM),
    P(('crawling under the covers', 'really good book'), cue='adds', **LM),
    P('hanging out', cue='adds', **LM),
    P('hacked', cue='suggests', **DL),
    P('copy/paste error', cue='suggests', **DL),
]
CA = dict(name='Carlo Ancelotti', org='Real Madrid')
L['dm-test-9c3af3b75138639ab7a0731563092296c4e565aa'] = [
    P('honour', cue='admits', **CA),
    P('problem', cue='admits', **CA),
    Q(['What can I say about Simeone?', ('He is a great coach', 'also a problem.'),
       ('We don’t have an obsession', 'the Champions League.'), ('Every match presents', 'what happened.'),
       ('It’s not that interesting', 'another tie.')], cue='said', **CA),
    Q([('I am lucky to have the whole squad', 'same as always.'), ('To play well', 'with pace.'),
       ('Bale is fine.', 'at 100 per cent.')], cue='revealed', **CA),
    Q([('Bale had a fantastic season', 'like last year,')], cue='added', **CA),
]
L['dm-test-0a4e91187bf6e400437642aba244d0d755a449a6'] = [
    Q([('Tony wanted to do it', 'Ian and his wife.')], org='Sandown', cue='said', **UN),
    Q([('I have a kind invitation', 'end of the season.')], 'AP McCoy', cue='told Racemail'),
]
JS = dict(name='Jamie Silvonek')
JW = dict(name='John Waldron')
L['dm-test-12893950047350a275fdee5ce4f9a8610e9236bb'] = [
    Q(['I want her gone,'], cue='texting', **JS),
    Q(['There has to be some type of duress or coercion,'], cue='said', **JW),
    Q([('She cried incessantly', 'her dad was going to be killed,'), "So there's a lot of things we have to decipher here."],
      cue='told The Associated Press', **JW),
    Q(['He is not coming to this house,'], 'Cheryl Silvonek', cue='texted to her daughter'),
    Q([("Mom, if I can't go", 'mental breakdown,'), ('I need to go and I need', 'desolate mother.')], cue='said', **JS),
    Q([('She threatened to throw me', 'I want her gone,')], cue='texted Barnes', **JS),
    Q(['Just do it.'], cue='wrote to him', **JS),
    Q(["I can't stand her lying to you like this,"], cue='wrote to Barnes', **JS),
    Q(['SHE IS LYING ABOUT MY AGE,'], cue='reported', **JS),
    Q([('I love you. We can do this.', 'then, right?')], cue='wrote', **JS),
    Q(['No. That leaves us as the suspects.'], 'Caleb Barnes', org='Army', cue='replied in a text'),
]
BG = dict(name='Bart Graves', org='Arizona Department of Public Safety')
LS = dict(name='Louie Solano')
L['dm-test-2b19de4fe8058015c655bd9cbeabd63ee360944e'] = [
    N(('end of days', None, 1), "label for the group's belief (scare quotes)"),
    N(('end of days', None, 2), "label for the group's belief (scare quotes; caption)"),
    P(('separate these folks', None, 1), org='Cottonwood Police', cue='saying', **UN),
    P(('separate these folks', None, 2), org='Cottonwood Police', cue='saying', **UN),
    Q(['No, you are not going to separate me from my parents,'], cue='says', **UN),
    Q(["Don't touch me."], cue='followed by', **UN),
    P(('immediately', None, 1), 'Arizona Department of Public Safety', kind='organisation', cue='according to'),
    N('Matthew 24 Now', 'band name'),
    N('Busking in the Son', 'band name'),
    P(('immediately', None, 2), cue='says', **BG),
    P('looked like a riot in the middle of the parking lot', cue='told KPHO', **LS),
    Q([('Lots of screams.', 'unreal, unreal,')], cue='said', **LS),
    Q([('During the course of the fight', "officer's gun,")], cue='said', **BG),
]
L['dm-test-a46999dfdea9a9ceec5229b1931f14e19297ec86'] = [
    Q([('Nigalidze would promptly reply', 'run to the toilet.'), ('I noticed that he would always', "weren't occupied."),
       ('I informed the chief arbiter', 'an eye on Gaioz.'), ('After my opponent left', 'entered it.'),
       ('What they found was', 'with toilet paper.')], 'Tigran Petrosian', cue='said'),
    Q(['Not everything is true in what Petrosian said'], 'Gaioz Nigalidze', cue='said'),
]
L['dm-test-5a0fc5446164c69f250c817608999785dbfd635c'] = [
    Q([('I started working after my first year', 'None paid enough.'), ('The student loan', 'travel costs.')],
      cue='said', **UN),
    Q([('I had trouble keeping up', 'worked evenings.'), ('For example at the pub', 'about £100 weekly.'),
       ("I'd just moved to London", 'help me much.'), ("I didn't know anyone in London", 'from scratch.')],
      cue='added', **UN),
    Q(['It was an overcrowded, noisy flat with other students,'], cue='said', **UN),
    Q([('I could afford a place of my own.', 'regular clients.'), ('I visit them at home', 'at their workplace.')],
      cue=None, **UN),
    Q(['It is flexible and fits around my course.', ('I can work the hours', 'extra course work.')], cue='says', **UN),
    Q([('In my first year at university', 'turning to sex work,'), ('After a time I met someone', 'stripper in a bar.'),
       ('Through her I met another student', 'work safely.'), ('She gave me the English Collective', 'how they work.')],
      cue='said', **UN),
    Q([('My biggest worry', 'getting other jobs.')], cue='says', **UN),
    Q([('Sex work is far batter paid', 'any other work I know of.'), ('Friends at university', 'they will get.'),
       ('Sometimes they get none', 'pay bills.'), ("I know students who've dropped out", 'financial pressures.')],
      cue='remains adamant', **UN),
    Q([('Mostly students doing sex work', 'job prospects.')], cue='says', **UN),
    Q([('Since I started escorting', 'to cover the rent.'), ('Another woman I know', 'visit her family.'),
       ('Sex work among students is much more common', 'is so high.')], cue='says', **UN),
]
L['dm-test-82c6b68562a9e50218b6cd428a83fd850d0f0c17'] = [
    Q([("I just don't understand", 'how hot it was.'), ('They have told me', 'change their practice.'),
       ('I am glad that they’ve', 'stop the practice.')], 'Lynne Edwards', cue='said'),
    Q([('We pioneered the use of MRI', '20,000 animals.'), ('In the last five years', 'body temperature.'),
       ('To the best of our knowledge', 'AHT’s patients.'), ('We understand how upsetting', 'full investigation.'),
       ('We have reviewed', 'use of heat pads.'), ('We are also standardising', 'at the AHT.')],
      org='Animal Health Trust', cue='said', **UN),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 24 CNN/DM rows of cnndm-dev (random.Random(29): 8 cnn-test, 16 dm-test; '
                'excluding heldout/quotes/quotes2/quotes3/quotes4/dev3-articles ids); conventions of eval/quotes/NOTES.md')
