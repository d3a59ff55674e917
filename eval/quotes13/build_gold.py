"""Hand labels for the quotes13 gold set (20 BBC sport / entertainment / tech articles of
DokahlSoZoor/DieNeueKrone, chosen by select_articles.py). Every offset is computed by str.find over the article text.

The part specs and helpers are those of eval/quotes/gold_builder.py, unmodified: a part is its exact text, or a
(prefix, suffix) pair, or (prefix, suffix, k) / (text, None, k) where k counts only occurrences directly after a quote
mark. NoOpen is not needed in this set. Nothing is typed as a number.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}

# ================================================================ SPORT

# ---------------------------------------------------------------- sport-168 Adriano's Chelsea link rejected
GR = dict(name='Gilmar Rinaldi')
L['bbc-sport-168'] = [
    Q([('I can assure you that Chelsea', 'with either me or Adriano.'),
       ('Parma and Real Madrid are interested', 'known for some time.')], cue='told BBC Sport', **GR),
    P("just practising my Portuguese with him because I don't need strikers", 'Jose Mourinho', org='Chelsea',
      cue='said'),
    Q([('I have to say that nobody from Chelsea', 'has contacted me.'),
       ("If they want to, that's fine.", 'what the situation is.'),
       'If Chelsea are interested then they must make an offer.'], cue='told BBC Sport', **GR),
    Q([('I cannot give you a price', 'between the interested clubs.')], cue='said', **GR),
]

# ---------------------------------------------------------------- sport-187 Celtic make late bid for Bellamy
L['bbc-sport-187'] = [
    Q([("He can't play for me ever again.", 'I walked into this football club.'),
       "He can't go on television and accuse me of telling lies."], 'Graeme Souness', org='Newcastle', cue='said'),
    P('totally unacceptable and totally unprofessional', 'Freddy Shepherd', org='Newcastle', cue='described'),
]

# ---------------------------------------------------------------- sport-266 Benitez 'to launch Morientes bid'
FM = dict(name='Fernando Morientes', org='Real Madrid')
L['bbc-sport-266'] = [
    P('to launch Morientes bid', cue=None, **UN),
    Q(['If there is an attractive propostition it could be I would be keen to leave,'], cue='admitted', **FM),
    Q([("Unfortunately, I'm not in control of the situation.", 'they will make any decisions.')], cue='added', **FM),
]

# ---------------------------------------------------------------- sport-043 Collins named UK Athletics chief
L['bbc-sport-043'] = [
    Q(["We've searched long and hard to ensure we have found the right person,",
       ('We have thoroughly tested the candidates.', 'what he will achieve.')],
      'David Moorcroft', org='UK Athletics', cue='said'),
    Q([("It's a great challenge.", 'other elite sports in the UK.')], 'Dave Collins', org='UK Athletics', cue='said'),
    Q([('The appointment of David Collins', 'detailed recruitment process,')], 'Andrew Foster', cue='said'),
]

# ---------------------------------------------------------------- sport-235 Wenger steps up row
AF = dict(name='Alex Ferguson', org='Manchester United')
AW = dict(name='Arsene Wenger', org='Arsenal')
L['bbc-sport-235'] = [
    P(('a disgrace', None, 1), cue='said', **AF),
    Q(['I will never answer any questions any more about this man.'], cue='saying', **AW),
    Q([('In the tunnel Wenger was criticising my players', 'behave himself,'),
       ('He ran at me with hands raised', "do about it?'"),
       ('To not apologise for the behaviour', "he's that type of person.")], cue='said', **AF),
    N('what do you want to do about it?', 'nested quote (Wenger\'s words as reported by Ferguson)'),
    Q([("I've always been consistent with that story", 'told you nothing happened.'),
       ('If he has to talk, he talks.', 'he makes a newspaper article.'),
       ("He doesn't interest me", 'provocation from him any more.'),
       ('He does what he likes in England anyway.', 'see how it is.')], cue='said', **AW),
    Q(['I have no diplomatic relations with him,',
       ("What I don't understand", 'are all at his feet.'),
       ('The situation (concerning the food fight)', 'going on in a month.'),
       ('The managers have a responsibility', 'what you say after the game.'),
       ('Now the whole story starts again.', 'no matter what people say.')], cue='quoted as saying', **AW),
    P(('a disgrace', None, 2), cue='called', **AF),
    Q([("I don't respond to anything.", "into disrepute'."),
       ('But that is not only after a game', 'as well before a game.')], cue='added', **AW),
    N('bringing the game into disrepute', 'nested quote (a set phrase)'),
    Q([('In the ensuing weeks all you got', 'but nothing was done.'),
       ('The return is on 1 February', 'come out with another diatribe.'),
       ('David Gill and I feel', 'let that happen here.')], cue='added', **AF),
    P('cheating', cue='accused', **AW),
    P('severely reprimanded', 'Football Association', kind='organisation', cue=None),
    P('could have given (Cole) a serious injury', cue='admitted', **AF),
    Q([('Wenger is always complaining', 'in the right spirit,'),
       ('They are the worst losers of all time', 'lose many games to other teams.'),
       ('We tend to forget the worst disciplinary record', 'paragons of virtue.'),
       'But to Wenger it never happens, it is all some dream or nightmare.'], cue='added', **AF),
]

# ---------------------------------------------------------------- sport-343 England coach faces rap after row
AR = dict(name='Andy Robinson', org='England')
L['bbc-sport-343'] = [
    P('livid', cue='said', **AR),
    N('tries.', 'scare quotes (the disallowed tries)'),
    P('only one side was refereed', cue='claim', **AR),
    P(('set out any concerns the England team management', 'in a confidential manner'),
      'Rugby Football Union', kind='organisation', cue='said in a statement'),
    Q([('We take all breaches of the code very seriously.'),
       ('Should the RFU resolve the issue', 'the end of the matter.')],
      None, kind='unnamed', org='International Rugby Board', cue='said'),
    P('very disappointed', 'Jonathan Kaplan', cue='admitted'),
]

# ---------------------------------------------------------------- sport-207 Arnesen denies rift with Santini
FA = dict(name='Frank Arnesen', org='Tottenham')
L['bbc-sport-207'] = [
    Q(['It is absolutely not true,',
       ('There is only one thing that made him resign', 'his own personal problems.'),
       ('He has talked to me recently', 'absolutely for himself.')], cue='told BBC Radio Five Live', **FA),
    Q([('Jacques has never gone into exactly what it was.', 'we should respect it.'),
       ('The plan is now that over the weekend', 'clarify the situation.')], cue='added', **FA),
    Q([('When it comes down to personal problems', 'talk about timing,')], cue='said', **FA),
    Q([('That is absolute nonsense.', "and so he went'")], cue='said', **FA),
    N('I will go', "nested quote (Santini's words as reported by Arnesen)"),
    Q([('I have confidence in this structure.', 'what we are doing,')], cue='said', **FA),
    Q([('I think the problems go a lot deeper', 'Lane and Santini,'),
       ('On paper they could have worked together.', 'happy not conceding goals.'),
       ('That sort of arrangement can work', 'that has not happened.')], 'Gary Stevens', cue='told Five Live'),
]

# ---------------------------------------------------------------- sport-182 Desailly backs Blues revenge trip
MD = dict(name='Marcel Desailly', org='Al-Gharafa')
L['bbc-sport-182'] = [
    Q(['Things will be totally different this time,',
       ('Now everyone knows about Chelsea', 'the pressure will be on Barcelona.')], cue='told BBC Sport', **MD),
    Q([('Mentally they are much stronger', 'a lot of their players are young,'),
       ('We made some mistakes at the Nou Camp', 'were individual mistakes.'),
       ('It would not happen now.', 'a different mentality.')], cue='said', **MD),
    Q([('The whole of Chelsea is different now', 'and all the players,'),
       ('Everything is new and there is a huge determination to win.'),
       ('Since that game in 2000', 'Champions League final last season.')], cue='said', **MD),
    Q([("I'm happy that they have managed", 'at a high level,'),
       ('I made a vow to Costacurta', 'I will continue to play.'),
       ("And it's amazing that Paolo", 'for such a long time.')], cue='said', **MD),
]

# ---------------------------------------------------------------- sport-049 Jones files Conte lawsuit
MJ = dict(name='Marion Jones')
ND = dict(name='Nick Davies', org='IAAF')
L['bbc-sport-049'] = [
    Q(['I stand by everything I said'], 'Victor Conte', org='Balco', cue='said'),
    P('has never taken banned performance-enhancing drugs', cue='said', **MJ),
    P('false and malicious', cue='added', **MJ),
    Q([('Marion has steadfastly maintained her position', 'never, ever used performance-enhancing drugs.'),
       ('Victor Conte is a man facing', 'have been wildly contradictory.'),
       ('Mr Conte chose to make unsubstantiated allegations', 'passed a lie detector examination.'),
       ('Mr Conte is simply not credible.', 'that Marion Jones passed.')], 'Richard Nicholls', cue='said'),
    P('for further information', cue='said', **ND),
    Q([('If it is felt there is case to answer', 'the appropriate disciplinary action,'),
       ('The US Anti-Doping Agency has proved itself', 'in its anti-doping war.'),
       ('And I am sure, like ourselves', 'with great interest.')], cue='added', **ND),
]

# ================================================================ ENTERTAINMENT

# ---------------------------------------------------------------- entertainment-130 Charity single for quake relief
MR = dict(name='Mike Read')
L['bbc-entertainment-130'] = [
    Q([("It's a natural home for it", "but it's such a sad song,")], cue='said', **MR),
    N("it's such a good song", 'nested quote (what people kept saying to Read)'),
    P('sing-along', cue='said', **MR),
    Q([('I was totally shocked at the enormity', 'in search of their parents,')], cue='said', **MR),
    Q([("I'd only be pleased in terms of what it meant", 'if it got to number one,')], cue='added', **MR),
]

# ---------------------------------------------------------------- entertainment-305 The comic book genius of Stan Lee
L['bbc-entertainment-305'] = [
    N('the ultimate hack', 'characterisation in the narrative; nobody is reported as saying it'),
    N('dumb name', 'scare quotes (characterisation of the pen name); nobody is reported as saying it'),
    Q([("Just because he's a hero", "doesn't have problems,")], 'Stan Lee', cue='told the BBC'),
]

# ---------------------------------------------------------------- entertainment-012 Neeson in bid to revive theatre
LN = dict(name='Liam Neeson')
L['bbc-entertainment-012'] = [
    P('very dilapidated condition', cue='said', **LN),
    P('healthy, wealthy Irish Americans', cue='said', **LN),
    Q([('The Lyric is too important', 'to crumble and fall apart.'),
       ('It gave me a start professionally.', 'gave me my future.'),
       ('In those days, in the mid-70s', 'a play every four weeks.'),
       'Belfast was not a pretty town to be living in.',
       ('There was serious trouble', 'very deeply and still do.')], cue='said', **LN),
    P('very dynamic, extraordinary figure', cue='said', **LN),
    Q([('What an orator.', 'I found him very powerful.'),
       "I'd love to get a chance to play him some time."], cue='said', **LN),
]

# ---------------------------------------------------------------- entertainment-298 Spider-Man creator wins profits
SL = dict(name='Stan Lee')
L['bbc-entertainment-298'] = [
    Q(["It could be tens of millions of dollars, that's no exaggeration."], cue='said', **UN),
    P('jackpot', cue='saying', **SL),
    Q([("I am gratified by the judge's decision", 'had to come to this.')], cue='said', **SL),
]

# ---------------------------------------------------------------- entertainment-041 No ads for Passion Oscar campaign
FP = dict(name='Frank Pierson', org='Academy of Motion Picture Arts and Sciences')
L['bbc-entertainment-041'] = [
    Q([('This film should be judged on its artistic merit', 'more money on advertising,')],
      'Bruce Davey', org='Icon Productions', cue='said'),
    P('celebration and appreciation of excellence,', cue='praised', **FP),
    P('crass commercialisation that was threatening the integrity of the award', cue='praised', **FP),
]

# ---------------------------------------------------------------- entertainment-319 Music mogul Fuller sells company
L['bbc-entertainment-319'] = [
    Q(['This is a hugely exciting new partnership for myself and 19 Entertainment.',
       ('CKX will provide 19 with a powerful platform', 'I cannot wait to get started.')],
      'Simon Fuller', org='19 Entertainment', cue='said'),
    N('personal effects', 'term (scare quotes); nobody is reported as saying it'),
]

# ---------------------------------------------------------------- entertainment-087 Global release for Japan hit film
TS = dict(name=None, kind='unnamed', org='Toho')
L['bbc-entertainment-087'] = [
    P(('has received strong interest from domestic audiences', 'viewers alike'), cue='said', **TS),
    Q([('We have a good feeling about this film.', 'very good viewer response,')], cue='added', **TS),
]

# ================================================================ TECH

# ---------------------------------------------------------------- tech-130 Slim PlayStation triples sales
JH = dict(name='John Houlihan', org='Computerandvideogames.com')
L['bbc-tech-130'] = [
    Q([('It is obviously very, very encouraging for Sony', 'outsold them last week,'),
       ('And with Halo 2 [for Xbox] out next week', 'between them and Xbox.')], cue='told BBC News', **JH),
    Q([('Both have hit crucial price points', 'also driving those sales,')], cue='said', **JH),
]

# ---------------------------------------------------------------- tech-005 Technology gets the creative bug
FS = dict(name='Frank Stone', org='BT')
L['bbc-tech-005'] = [
    P('21st Century model', 'BT', kind='organisation', cue='says'),
    Q([('We are hoping to understand the creative industry', 'thirst for broadband technology,')],
      cue='said', **FS),
    N('centres of excellence', "term (name of BT's centres)"),
    Q([('The river was integral to the city', 'that it disappeared,'),
       ('We hope that by uncovering the river', 'revealing the River Senne.')], 'Langlands & Bell', cue='said'),
    P('fantastically rich', cue='said', **FS),
    Q(['This is not just about putting art galleries and museums online,',
       ('It is about how can everyone have the best seat', 'a role in solving that problem.')], cue='said', **FS),
    Q(['What we are trying to do is have outside-in thinking.',
       'We are creating a future cultural drive for the economy,'], cue='said', **FS),
]

# ---------------------------------------------------------------- tech-341 Sony PSP tipped as a 'must-have'
AV = dict(name='Adam Vaughan', org='Stuff Essentials')
L['bbc-tech-341'] = [
    P('must-have', 'Stuff Magazine', kind='organisation', cue='tipped'),
    Q([("What this year's Essentials shows", 'without certain technology,')], cue='said', **AV),
    Q([('Take digital cameras, who would now pay', 'download the song in minutes for 70p?')], cue='asks', **AV),
]

# ---------------------------------------------------------------- tech-032 Mobile networks seek turbo boost
AB = dict(name='Alastair Brydon', org='Analysys')
L['bbc-tech-032'] = [
    Q([('High-Speed Downlink Packet Access (HSDPA) - sometimes called Super 3G', 'mobile video clips,')],
      'Analysys', kind='organisation', cue='according to'),
    Q([('While HSDPA theoretically enables data rates', 'in wide-area networks,')], cue='said', **AB),
    Q([('The typical average user rate', 'basic WCDMA [3G],')], cue='added', **AB),
    P(('expanding our network and deploying EV-DO technology', 'faster wireless speeds,'),
      'Oliver Valente', org='Sprint', cue='said'),
    Q([('By the time the next generation of mobile communication', 'rise by a factor of 10.')],
      'Christoph Caselitz', org='Siemens', cue='says'),
    N('power users', 'term (scare quotes)'),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 20 BBC articles (9 sport, 7 entertainment, 4 tech) of '
               'DokahlSoZoor/DieNeueKrone@c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae, chosen by select_articles.py '
               '(random.Random(20261201) shuffle per folder; first articles with at least 2 pairs of double quotation '
               'marks, none in an earlier set); conventions of eval/quotes/NOTES.md')
