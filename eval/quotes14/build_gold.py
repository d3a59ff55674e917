"""Hand labels for the quotes14 gold set (20 English news articles from the test fixtures of the `newspaper`
article extractor: codelucas/newspaper and AndyTheFactory/newspaper4k, folder tests/data/text; chosen by
select_articles.py). Every offset is computed by str.find over the article text.

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
ORG = dict(kind='organisation')

# ---------------------------------------------------------------- nypost.com1 Macmillan settles with Amazon
JS = dict(name='John Sargent', org='Macmillan')
L['np-nypost.com1'] = [
    Q([('It allows us to grow our business', 'lower prices for readers.')], 'Amazon', cue='saying', **ORG),
    N('agency model', 'term (“what has been called”)'),
    Q(['Irony prospers in the digital age,'], cue='added', **JS),
    N('irony', 'a word mentioned (“The reference to …”)'),
    P('ensure a muddled and inefficient market.', cue='complained', **JS),
]

# ---------------------------------------------------------------- nj.com1 Doherty attacks Christie
MD = dict(name='Michael Doherty', org='New Jersey Senate')
L['np-nj.com1'] = [
    P('sold himself to the people of New Jersey that he was going to change it.', cue='said', **MD),
    Q(['And he didn’t,'], cue='said in a phone interview', **MD),
    Q([('The governor’s possible national ambitions', 'State of New Jersey,')], cue='said', **MD),
    P(('failed', None, 1), cue='quoted calling', **MD),
    Q(['I don’t know that I particularly said the word ‘failed,’',
       ('What I said was that Gov. Christie', 'State of New Jersey.')], cue='said', **MD),
    N('failed,', 'nested quote (the word under discussion)'),
    P(('has dedicated his efforts', 'families who live here.'), 'Dawn Addiego', org='New Jersey Senate', cue='said'),
    Q([('For him yesterday to hold up Camden County', 'State of New Jersey,'),
       ('How long can the suburban and rural towns', 'come back to normal?')], cue='said', **MD),
    N('Abbott district', 'term (name of a category of school district)'),
    Q([('We’re struggling tremendously.', 'They’re so close,'), 'We need help.'], cue='said', **MD),
    P('didn’t fight hard enough', cue='said', **MD),
    Q([('The one justice that wrote an opinion', 'Justice Helen Hoens,')], cue='said', **MD),
    Q([('I was very alarmed when Gov. Christie', 'rebuild you,'),
       ('When does it ever end?', 'keep sending the money in.')], cue='said', **MD),
    N('Big cities, come to me and we’re rebuild you', 'nested quote (Christie’s words as Doherty reports them); '
      'the source never closes the single mark'),
    P('did not follow through his promise to fight the corruption and break up the status quo.', cue='said', **MD),
    Q(['I’m not supporting anybody at this point,'], cue='said', **MD),
]

# ---------------------------------------------------------------- dailycaller.com1 Ann Coulter on Kwanzaa (column)
RK = dict(name='Ron Karenga', org='United Slaves')
L['np-dailycaller.com1'] = [
    N(('African', None, 1), 'scare quotes'),
    N('Ismaaiyl Abdullah-Muhammad,', 'name'),
    N('Zaim Farouq Abdul-Malik.', 'name'),
    N('Anglika,', 'name (invented holiday)'),
    N('Mein Kampf', 'title'),
    Q([('Africans must stop generalizing', 'being CIA agents.')], cue='saying', **RK),
    N('framed', 'scare quotes (the writer’s irony)'),
    P(('the FBI, the CIA, the State Department', 'Chicago Police Department'), cue='explained', **RK),
    P('eliminate unreasonable doubt', cue='noted', **RK),
    N('Bunchy', 'nickname'),
    N('socially conservative', 'scare quotes'),
    N('principles', 'scare quotes'),
    Q(['Kuumba: Everyone should strive to improve the community and make it more beautiful.'], cue=None, **RK),
    N('classical Marxism,', 'term (from the question put to Karenga)'),
]

# ---------------------------------------------------------------- al.com1 Holtz and May
LH = dict(name='Lou Holtz', org='ESPN')
L['np-al.com1'] = [
    Q([('Mark May is a great guy', 'a difference opinion,'),
       ('I love him, but he was a player', 'he signed the back.'),
       'We just have a different way of looking at things.'], cue='said', **LH),
    N(('Final Verdict', None, 1), 'name of a TV segment'),
    Q([('I lost two ', 'Rece was wrong,'), ('No. 1 the Big Ten', 'ruled against me.')], cue='said', **LH),
    N(('Final Verdicts', None, 1), 'nested quote (segment name)'),
    Q(['You would have to ask Mark May,', ('One thing I learned', 'speaking for Lou Holtz.')], cue='said', **LH),
]

# ---------------------------------------------------------------- businessinsider.com2 FA Insights digest
RF = dict(name='Rick Fleming', org='Securities and Exchange Commission')
KA = dict(name='Karin Anderson', org='Morningstar')
L['np-businessinsider.com2'] = [
    Q([('Emerging markets', 'emerging-markets bonds,')], cue='writes', **KA),
    Q([('Because of those risks', 'changes in capital flows,')], cue='adds', **KA),
    Q([('F-Squared Investments Inc.', 'settlement with regulators,')], 'Corrie Driebusch',
      org='The Wall Street Journal', cue='reports'),
    P('are misdirected and meritless.', cue='maintain', **UN),
    P(('see further declines in prices', 'commodities in China,'), 'Janet Levaux', org='Think Advisor',
      cue='reports'),
    Q([('Securities and Exchange Commission Investor Advocate', 'advisoroversight,')], 'Ted Knutson',
      org='Financial Advisor Magazine', cue='reports'),
    N('significant', 'nested quote (Fleming’s word inside Knutson’s report)'),
    Q(['Fraudulent or abusive practices by an investment advisor,',
       ('can be very difficult', 'or other records.')], cue='said', **RF),
    P('it\'s always about communication — usually a lack of — every time.', 'Charlotte Beyer', cue='writes'),
]

# ---------------------------------------------------------------- nydailynews.com1 'Mob Wives' boyfriend sues club
LR = dict(name='London Rene')
L['np-nydailynews.com1'] = [
    N(('Mob Wives', None, 1), 'title (TV show), caption'),
    N(('Mob Wives', None, 2), 'title (TV show)'),
    P('inept', cue='alleging', **LR),
    P('incompetent', cue='alleging', **LR),
    P('little or no security', 'Scott Rynecki', cue='said'),
    Q(['When I look in the mirror I\'m angry,', ('I\'m scarred for life', 'until the day I die.')],
      cue='said', **LR),
    Q(['Any one of us could have been a victim,'], 'Natalie Guercio', cue='said'),
]

# ---------------------------------------------------------------- mlive.com2 Suh steps on Rodgers
JC = dict(name='Jim Caldwell', org='Detroit Lions')
L['np-mlive.com2'] = [
    Q([('He\'ll probably say it was an accident', '(me),'), 'But we\'ll see.'], 'Aaron Rodgers',
      org='Green Bay Packers', cue='said'),
    Q([('He was running off the field.', 'we\'ll see what happens.')], 'Ndamukong Suh', org='Detroit Lions',
      cue='say'),
    P('ridiculous.', 'Mike McCarthy', org='Green Bay Packers', cue='call'),
    Q(['There\'s no place for that,'], 'Mike McCarthy', org='Green Bay Packers', cue='said'),
    Q(['I didn\'t see it, and I don\'t think it was intentional, either,'], cue='said', **JC),
    Q(['I get briefed on it,', ('Guys look at it', 'End of story.')], cue='said', **JC),
    Q(['I\'m not worried at all,'], cue='said', **JC),
]

# ---------------------------------------------------------------- bloomberg.com1 states still short of jobs
KY = dict(name='Kevin Yearout', org='Yearout Mechanical Inc.')
GB = dict(name='Gary Burtless', org='Brookings Institution')
JSe = dict(name='Joseph Seneca', org='Rutgers University')
EF = dict(name='Eddie Foreman')
MA = dict(name='Moody’s Analytics', kind='organisation')
L['np-bloomberg.com1'] = [
    Q(['It has been a very slow climb back,', 'The economy went very south, very quickly.'], cue='said', **KY),
    P('I never see the local economy getting back', cue=None, **KY),
    Q(['This is not like any other recovery,', ('There is a tremendous disparity', 'on a regional basis.')],
      'John Herrmann', org='Mitsubishi UFJ Securities USA Inc.', cue='said'),
    P('significant underutilization of labor resources,', 'Federal Open Market Committee', kind='organisation',
      cue='according to'),
    Q([('There is no pressure to raise interest rates', 'underemployed workers,')], 'Mark Zandi',
      org='Moody’s Analytics Inc.', cue='said'),
    Q(['The auto industry has been moving out of Michigan,', 'Job totals have been declining.'], 'James Diffley',
      org='IHS Global Insight', cue='said'),
    P('education, tourism, green technologies', cue='according to', **MA),
    P('will become increasingly important,', cue='according to', **MA),
    P('that local job markets have been basically lousy almost everywhere', cue='said', **GB),
    Q(['Wages are behaving as though there’s still a lot of labor-market slack.'], cue='said', **GB),
    Q(['The economy is still sluggish in Nevada,', 'We still have a lot of excess capacity in the employment market.'],
      'Jim Mason', org='Taylor International Corp.', cue='said'),
    P('very little private sector investment', cue='said', **JSe),
    Q(['We have a lot of white elephants -- large empty casinos,',
       'This is a significant problem for the state going forward.'], cue='said', **JSe),
    Q(['Commercial construction is still relatively weak due to sluggish consumer and business spending,',
       ('Nondurables, particularly the textile', 'state and local government spending.')],
      'Ahmad Ijaz', org='University of Alabama', cue='said'),
    P('No Jobs', cue=None, **EF),
    Q([('The economy is tough and there are no jobs for us here,'),
       ('Eventually I think it has to get better.', 'It can’t get any worse.')], cue='said', **EF),
    Q(['Government has been a drag,', 'Many of the private sector jobs rely on government funds and grants.'],
      'Michael O’Donnell', org='University of New Mexico', cue='said'),
    Q(['There is a cautious optimism that things are turning around,',
       ('The owner is afraid to pull the trigger.', 'Everyone is a little bit afraid.')], cue='said', **KY),
]

# ---------------------------------------------------------------- nypost.com2 surfer survives shark attack
L['np-nypost.com2'] = [
    P('shark attack!', 'Kevin Swanson', cue='yelled'),
    Q([('We’re really blessed', 'get himself to shore,'), ('I was a few feet behind him', 'calling 911.')],
      'Andrew Walsh', cue='said'),
]

# ---------------------------------------------------------------- businessweek.com1 Afghanistan's war millionaires
MM = dict(name='Matiullah Matie')
HS = dict(name='Hikmatullah Shadman')
L['np-businessweek.com1'] = [
    Q(['Do you want to listen to Taliban cassette?'], cue='asks', **MM),
    Q(['They think I am such a pious mujahid man,', 'They don’t know I am screwing them all.'], cue='laughs', **MM),
    Q(['I have bought 100 SIM cards but no one buys,'], cue='says', **UN),
    Q(['Will you come back for lunch, all of you be my guests?'], cue='asks', **UN),
    Q(['Sure,', 'Make some chicken for lunch once we drive back from Garmsir.'], cue='says', **MM),
    Q(['The bastard’s son still has links to the Taliban,', 'You really can’t trust anyone.'], cue='says', **MM),
    N('The Walking Dead,', 'name (a unit logo)'),
    Q([('foreign currency was rare.', 'in the market,'), 'By 2003 there was probably $1 billion circulating.'],
      'Khan Mohammad Baz', cue='says'),
    Q([('If you ask people on the streets', 'shrug and say no,'),
       ('But I can tell you with confidence', 'this whole system.')], cue='says', **UN),
    Q(['Out of control mines,'], cue='recalls', **MM),
    Q(['I want to be my own boss.'], cue='thought', **MM),
    Q(['Hi, sir! Is there anybody to talk to me?'], cue='shouted', **MM),
    Q([('You couldn’t find a single contractor here', 'all too afraid,'), 'Matiullah was the first to come.'],
      'Abdul Manaf', cue='recalls'),
    P(('urgent humanitarian relief', 'areas of responsibility.'), 'Commanders Emergency Response Program',
      kind='organisation', cue=None),
    Q([('My only wish is to prove', 'has not been wasted', 1)], cue=None, **HS),
    Q(['I went ahead on a motorcycle,', ('When they got here, I said,', 'As much as you want.’ ')],
      cue='recalls', **MM),
    N(('Don’t you worry.', 'As much as you want.'), 'nested quote (Matie’s words to his workers)'),
    Q(['We are going to Nawa,', ('But I am riding alongside you', 'happen to me first.')],
      cue='said to the driver', **MM),
    Q(['Salaam u alikum,'], cue='shout', **MM),
    N('peace be with you', 'translation of the greeting'),
    Q([('Keep going, you son of a swine.', 'Keep driving.')], cue='curse', **MM),
    Q(['I had informed him I’d be cursing at him,', 'I told him not to take it to heart.'], cue='explains', **MM),
    Q([('it’s like we were stuck', 'a rope to pull us up,'), 'But we somehow got all strangled up in that rope.'],
      'Naseem Akbar', cue='says'),
    Q(['Has corruption become what holds everything together in Afghanistan?', 'Maybe.'], cue='asks', **UN),
    Q(['There’s everything-to-myself corruption,', ('and then there’s this Tammany Hall', 'to the community.')],
      cue='explains', **UN),
    Q(['Flowers make me happy,'], cue='says', **HS),
    Q(['We show that Talib means mines and explosions; government means aid,'], cue='says', **HS),
    Q(['I was making two salaries after that. I made $800, and my vehicle made $800.'], cue=None, **HS),
    N('jingle trucks', 'term'),
    Q(['Someone threw us a rope to pull us up. But we somehow got all strangled up in that rope'],
      'Naseem Akbar', cue=None),
    P('bribed and paid kickbacks', 'Special Inspector General for Afghanistan Reconstruction', kind='organisation',
      cue='alleges'),
    Q(['I grew up with them, with their soldiers.'], cue='says', **HS),
    Q([('My only wish is to prove', 'has not been wasted.', 2)], cue='insists', **HS),
    Q([('My money is clean.', 'I have no fear.')], cue=None, **HS),
    N('pillars of Islam', 'term'),
    Q(['He will fight me by bribing the government with my own money,', 'I can’t do anything in this government.'],
      cue='complains', **MM),
    Q(['I called Marine friends, and they sent me fuel for my car.'], cue='says', **MM),
    Q(['You make little, but it’s more sustainable.'], cue=None, **MM),
    N('nomadic', 'scare quotes'),
    Q(['When I had money, I lived like this also,', 'I have lived because of my honesty and my parents’ prayers.'],
      cue='says', **MM),
    Q([('Those who stole money from me', 'inflict on them.')], cue='adds', **MM),
]

# ---------------------------------------------------------------- architecturaldigest.com1 Arizona house
MAS = dict(name='Marwan Al-Sayed')
L['np-architecturaldigest.com1'] = [
    Q([('I remember Paul telling me', 'a thousand years,'), ('So I was intrigued', 'and materiality.')],
      cue='says', **MAS),
    Q([('I used limestone for both the courtyard floor', 'degrees of exposure,'),
       ('Using one material throughout', 'of the outside world.')], cue='says', **MAS),
]

# ---------------------------------------------------------------- foxnews.com1 Oscar Isaac, A Most Violent Year
OI = dict(name='Oscar Isaac')
JCC = dict(name='J.C. Chandor')
L['np-foxnews.com1'] = [
    N('A Most Violent Year.', 'film title (caption)'),
    N('Inside Llewyn Davis.', 'film title'),
    N(('Star Wars', None, 1), 'film title'),
    N('A Most Violent Year, ', 'film title (the source puts a space before the closing mark)'),
    Q([('He doesn\'t want to be a gangster, and he has never', 'he will really like it,'),
       ('The tension that J.C. creates', 'a little bloodthirsty.')], cue='told Fox News Latino', **OI),
    Q([('Scripts are vague on back-story', '(read it),'), ('Oscar’s character, I always believed', 'adult life.')],
      cue='said', **JCC),
    N('La Violencia', 'name of a period'),
    N('The Violence', 'translation'),
    Q([('I thought it was a cool opportunity', 'falling back into decay.')], cue='said', **JCC),
    P(('really intense if (Abel)', 'the violence follows him.'), cue='said', **OI),
    Q([('It’s pretty intense because the script', 'where they are,'),
       ('We got together and went through every scene', 'we had that bedrock.')], cue='said', **OI),
    P(('really left (the script) free', 'our natural instincts.'), 'Jessica Chastain', cue='said'),
    Q([('I’m not sure if I knew it at the time', 'it was just meant to be,')], cue='said', **JCC),
    N(('A Most Violent Year', None, 3), 'film title'),
    N('Star Wars: Episode VII', 'film title'),
    P('wild', cue='said', **OI),
    Q(['I’ve signed away my organs,', 'J.J. Abrams is amazing.'], cue='joked', **OI),
]

# ---------------------------------------------------------------- livescience.com1 magic mushrooms
PE = dict(name='Paul Expert', org='King\'s College London')
L['np-livescience.com1'] = [
    P('brain regions that don\'t normally talk together,', cue='said', **PE),
    P(('report it as one of the most profound experiences', 'birth of their children,'), cue='told Live Science',
      **PE),
    Q([('Through studies such as these', 'makes this break down,')], 'Mitul Mehta', org='King\'s College London',
      cue='said'),
]

# ---------------------------------------------------------------- nola.com1 George and Joyce Wein center
JHF = 'New Orleans Jazz and Heritage Foundation'
L['np-nola.com1'] = [
    Q([('We expect this facility', 'to our entire city,')], 'Don Marshall', org=JHF, cue='said'),
    N(('Moose', None, 1), 'nickname'),
    Q([('George and Joyce Wein have done so much', 'and our culture,'),
       ('It is only fitting', 'a true testament to their legacy.')], 'Demetric Mercadel', org=JHF,
      cue='said in a statement'),
    N(('Moose', None, 2), 'nickname'),
]

# ---------------------------------------------------------------- livescience.com2 history of zombies
OZ = dict(name='Ozzy Inguanzo')
L['np-livescience.com2'] = [
    N(('Night of the Living Dead', None, 1), 'film title (caption)'),
    N('Night of the Living Dead.', 'film title'),
    Q([('He didn\'t call them zombies', 'think about them as zombies,')], cue='said', **OZ),
    N('Zombies on Film: The Definitive Story of Undead Cinema', 'book title'),
    Q([('Audiences saw these lumbering dead people', 'they became zombies,')], cue='said', **OZ),
    N('Pride and Prejudice and Zombies', 'book title; the source never closes the mark'),
    N('zombification', 'term'),
    N('White Zombie.', 'film title'),
    N('Jungle Ways,', 'book title'),
    N('Revenge of the Zombies', 'film title'),
    N('I Am Legend,', 'novel title'),
    Q([('He took the Haitian component', 'here, to suburbia,'), ('They were our friends', 'back from the dead.')],
      cue='said', **OZ),
    N(('World War Z.', None, 1), 'film title (caption)'),
    N(('World War Z.', None, 2), 'film title (caption)'),
    N('Return of the Living Dead,', 'film title'),
    N('braaaains.', 'the zombies’ word, quoted as a catch-phrase'),
    N('Resident Evil,', 'video-game title'),
    Q([('Video games had a huge impact', 'back to the forefront,'), ('These are easy bad guys', 'no remorse there.')],
      cue='said', **OZ),
    N('Afterlife with Archie.', 'comic title'),
    N('The Walking Dead.', 'TV series title'),
    N(('World War Z.', None, 3), 'film title'),
    Q([('Those types of movies are focusing', 'action and adrenaline,')], cue='said', **OZ),
]

# ---------------------------------------------------------------- pe.com1 Perris murder-for-hire charge
RC = dict(name='Robert Cornett', org='Riverside County Sheriff’s Department')
L['np-pe.com1'] = [
    Q([('(He) went on to say that Avalos', 'a few days prior,'), ('He said she called him up', 'shot at.')],
      cue='wrote', **RC),
    P('when she has a dream about things, they come true,', cue='wrote', **RC),
    P('they do their job,', cue='wrote', **RC),
    Q([('She said they had been arguing all week', 'at him,'),
       ('She said she was wrong for what she did', 'out of the relationship.')], cue='wrote', **RC),
    N('mad', 'nested quote (Avalos’s word in Cornett’s report)'),
]

# ---------------------------------------------------------------- reuters.com2 AirAsia search
EvS = dict(name='Erik van Sebille', org='University of New South Wales')
L['np4k-reuters.com2'] = [
    Q([('The lesson that should be learned from MH370', 'move quickly,')], 'Charitha Pattiaratchi',
      org='University of Western Australia', cue='said'),
    Q(['We stand ready to assist in any way possible,'], 'Mark Wright', org='Pentagon', cue='said'),
    Q([('The Java Sea area where they are now searching', 'an inland sea,')], cue='told Reuters', **EvS),
    Q([('It\'s so shallow that they may just be able', 'spot the plane,')], cue='said', **EvS),
]

# ---------------------------------------------------------------- wired.com2 swatting of Hal Finney
FF = dict(name='Fran Finney')
L['np4k-wired.com2'] = [
    Q(['Are you OK?', 'Is anyone being attacked in your house?'], cue='asked', **UN),
    Q([('I need to let you know', 'come to your home,'), 'and they’re going to ask you to leave.'], cue='said', **UN),
    Q([('I was just panicking', 'suction or something,'), 'He didn’t have anything with him except his ventilator.'],
      cue='says', **FF),
    N('swatting,', 'term'),
    N('mine', 'scare quotes'),
    Q([('What I’m angry about is it took away', 'few months of his life,'),
       'This was taking up a lot of his emotional energy.'], cue='says', **FF),
    Q([('police have been devoting a huge amount', 'Silk Road Market,'),
       ('while evil hackers were busy', 'Hal Finney and his family.')], 'Roger Ver', cue='says', partial=True),
]

# ---------------------------------------------------------------- theatlanticcities.com1 penguins and tourists
L['np4k-theatlanticcities.com1'] = [
    Q([('The effects of both a growing tourism industry', 'without consequences,'),
       'Penguins are highly susceptible to infectious diseases.'], 'Wray Grimaldi', org='University of Otago',
      cue='said to New Scientist'),
    Q([('The tour companies are quite careful', 'before they go ashore,'),
       ('They don\'t allow any animal products', 'taken ashore.')], 'Norman Ratcliffe', org='Antarctic Survey',
      cue='said'),
]

# ---------------------------------------------------------------- uproxx.com1 Reddit story panics Mammoth, Arizona
CKW = dict(name='C.K. Walker')
L['np4k-uproxx.com1'] = [
    Q([('Eleven days ago, on the 3rd', 'picking up his daughter,'),
       ('The kids were all really agitated', 'collapsed in her bathtub.')], cue='wrote', **CKW),
    Q([('To the person calling businesses here', 'not from here.')], cue='wrote', **CKW),
    Q([('I noticed a small bruise on my arm', 'like an hour ago.')], cue=None, **CKW),
    N('Lindsey', 'name (the poster’s alias)'),
    Q([('We received mixed reactions.', '(from what I was told).')], cue='email interview', **CKW),
    N('terrorists', 'nested quote (what others called the forum)'),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 20 English news and magazine articles from the test fixtures '
               'of the newspaper article extractor (codelucas/newspaper and AndyTheFactory/newspaper4k, '
               'tests/data/text), chosen by select_articles.py (random.Random(20261205) shuffle per repository; '
               'first 20 files that are English, news, exactly copyable, not in an earlier set and hold at least '
               '2 direct quotations); conventions of eval/quotes/NOTES.md')
