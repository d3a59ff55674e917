"""Hand labels for the quotes15 gold set (20 Reuters newswire stories of March 1987, Reuters-21578 file reut2-003,
as stored in loki86/ksr_zadanie1V2; chosen by select_articles.py). Every offset is computed by str.find over the
article text through eval/quotes/gold_builder.py, unmodified: a part is its exact text, or a (prefix, suffix) pair
(the span runs from the prefix, which must directly follow a quote mark, to the end of the first suffix after it).
Spans keep the source's hard line breaks and 4-space indents as they stand. Nothing is typed as a number.
"""
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from gold_builder import UN, N, NoOpen, P, Q, build  # noqa: E402,F401

L = {}
ORG = dict(kind='organisation')

# ---------------------------------------------------------------- 3242 Dart said likely Supermarkets General suitor
EC = dict(name='Edward Comeau', org='Wood Gundie')
JB = dict(name='Jerry Ballan', org='Edward Viner and Co')
L['r21q-3242'] = [
    Q([('There\'s been rumors that', 'company,')], cue='said', **EC),   # the source never closes this quote
    Q([('They <Dart> has been rumored', 'Stop and Shop.')], cue='said', **JB),
    Q([('My guess is that', 'bought out,')], cue='said', **JB),
    Q([('But that estimation could go', 'New England,')], cue='said', **EC),
    P(('supermarkets general may seek', 'supermarket company.'), cue='said', **EC),
]

# ---------------------------------------------------------------- 3149 traders say USDA may lower orange crop estimate
L['r21q-3149'] = [
    Q(['They are going to cut their estimate,', ('The only\nquestion is', 'in this\nestimate.')],
      'Bob Tate', org='Dean Witter Reynolds', cue='said'),
    Q(['They\'ll temper it,', ('The main drop will', 'July.')], 'Judy Weissman', org='Shearson Lehman Bros.',
      cue='said'),
]

# ---------------------------------------------------------------- 3152 UAW backs Chrysler-AMC merger
UAW = dict(name='United Auto Workers', kind='organisation')
L['r21q-3152'] = [
    P(('a good match that', 'both companies.'), cue='said', **UAW),
    Q([('We believe our members\'', 'happen,')], 'Owen Bieber and Marc Stepp', org='United Auto Workers',
      cue='said in a statement'),
    Q([('We believe Chrysler\'s purchase', 'for all concerned,')], cue='said', **UAW),
]

# ---------------------------------------------------------------- 3155 rubber producers, consumers start pact talks
MX = dict(name='Manaspas Xuto')
WKC = dict(name='Wong Kum Choon', org='Malaysia')
L['r21q-3155'] = [
    Q([('I have found a constructive', 'all concerned.'), ('It is imperative that', 'be completed.')],
      cue='said', **MX),
    P(('that together we should', 'being scuttled.'), cue='said', **WKC),
    Q([('There is no reason why', 'successor agreement.')], cue='said', **WKC),
]

# ---------------------------------------------------------------- 3227 Wrigley sees higher 1987 spending
WW = dict(name='William Wrigley', org='Wm. Wrigley Jr Co')
L['r21q-3227'] = [
    P('somewhat over 100 mln dlrs.', cue='said', **WW),
    P('a little less than 50 pct.', cue='said', **WW),
]

# ---------------------------------------------------------------- 3512 Korea plans to open markets
RHA = dict(name='Rha Woong-Bae', org='South Korea')
SPK = dict(name=None, kind='unnamed', org='South Korean government')
L['r21q-3512'] = [
    Q([('Demands that Korea', 'extremely ill-advised.')], cue='told the U.S. Chamber of Commerce', **RHA),
    Q([('The government\'s policy on', 'steadfast position.')], 'Kim Mahn-Je', org='South Korea',
      cue='told a meeting of local businessmen'),
    P('a crisis level.', cue='have said', **UN),
    Q([('We are determined not to go', 'their\ndebts,'), ('The only way to keep', 'our exports.')],
      cue='said', **SPK),                                   # part 2 ends `exports.+`: no closing mark in the source
    P(('a tremendous trade deficit and', 'international obligations.'), cue='said', **RHA),
    P('many', cue='said', **SPK),
]

# ---------------------------------------------------------------- 3488 Economic spotlight - China's foreign debt up
L['r21q-3488'] = [
    Q([('Interest rates in Japan are', 'currency spread,')], cue='said', **UN),
    Q([('Officials do not think of China', 'Republic of China,')], cue='said', **UN),
    Q([('The dilemma for China,', 'indirect controls,')], cue='said', **UN),
    N('bourgeois liberalism,', 'term (a slogan, glossed by the reporter: "a phrase meaning ...")'),
    Q([('The Bank of China is both', 'reserves were down,')], cue='said', **UN),
    Q([('Things\nare normal.', 'its stage of development.')], cue='said', **UN),
    Q(['We expect higher prices for our oil exports this year,'], None, kind='unnamed',
      org='Ministry of Foreign Economic Relations and Trade', cue='added'),
    Q([('We base our assessment not', 'its bank account,')], cue='said', **UN),
]

# ---------------------------------------------------------------- 3112 paper says Poindexter may link Reagan to funds
L['r21q-3112'] = [
    N('Face the Nation,', 'title (a television show)'),
    Q([('He (Reagan)\nis deeply honest', 'he has no knowledge.')], 'David Abshire', org='White House', cue='said'),
    P(('will say he had direction and', 'directly or indirectly,'), cue='as saying', **UN),
    N('contras.', 'term / scare quotes'),
    P('an ancillary benefit', cue='as saying', **UN),
]

# ---------------------------------------------------------------- 3115 Petro-Canada to drill two Terra Nova test wells
PC = dict(name='Petro-Canada', kind='organisation')
L['r21q-3115'] = [
    Q([('We have a high degree of confidence', 'production system,')], cue='said', **PC),
    Q([('We\'ve had encouraging results', 'additional reserves there,')], cue='said', **PC),
]

# ---------------------------------------------------------------- 3030 paper institute sees strong paper market
RC = dict(name='Red Cavaney', org='American Paper Institute')
L['r21q-3030'] = [
    Q([('A pro-growth trade policy,', 'in this outlook,')], cue='said', **RC),
    Q([('Inventories, which are generally low,', 'outlook this year,')], cue='said', **RC),
    Q([('For manufacturers, the removal', 'future investment,')], cue='said', **RC),
    Q([('Adjustments to this loss', 'individual companies,')], cue='said', **RC),
]

# ---------------------------------------------------------------- 3031 Bonn serious about currency pact, says Tietmeyer
HT = dict(name='Hans Tietmeyer', org='West German Finance Ministry')
L['r21q-3031'] = [
    P('very seriously', cue='said', **HT),
    Q([('We\'re taking this sentence very', 'seriously,')], cue='said', **HT),
    P('appropriate and timely', 'Otto Schlecht', org='West German Economics Ministry', cue='said'),
]

# ---------------------------------------------------------------- 3034 Uganda disappointed by coffee talks failure
PB = dict(name='Paul Bomani', org='Tanzania')
L['r21q-3034'] = [
    Q([('This has not been good for coffee', 'robusta coffee,')], 'J. Makumbi', org='Coffee Marketing Board',
      cue='said'),
    Q(['It is only the middlemen who will benefit,'], cue='said', **PB),   # never closed in the source
    Q([('Once tempers have cooled', 'will prevail.')], cue='saying', **PB),
]

# ---------------------------------------------------------------- 3957 Alcoa declines specific comment on options
L['r21q-3957'] = [
    Q([('We use all means', 'trading options.')], None, kind='unnamed', org='Alcoa', cue='said'),
    Q([('We won\'t go into specifics', 'all of those tools,')], 'Al Posti', org='Alcoa', cue='said'),
    Q([('If they decide to exercise', 'squeezing the market,')], cue='said', **UN),
]

# ---------------------------------------------------------------- 3931 South Korea to maintain trade surplus
RWB = dict(name='Rha Woong Bae', org='South Korea')
L['r21q-3931'] = [
    P(('yes, I think', 'so.'), cue='said', **RWB),
    Q([('I hope the leaders can', 'satisfactory concessions.')], cue='said', **RWB),
    P(('the leaders seem hesitant', 'political reasons.'), cue='added', **RWB),
    Q([('We have made a lot of', 'concessions already.')], cue='said', **RWB),
    P(('at this\nmoment,', 'thought of retaliation.'), cue='said', **RWB),
]

# ---------------------------------------------------------------- 3493 Indonesian banks raise interest rates
L['r21q-3493'] = [
    Q([('A lot of small money', 'after April,')], cue='said', **UN),
    P('speculators', 'Arifin Siregar', org='Bank Indonesia', cue='added'),
    Q([('Some people are nervous', 'after the election,'), ('They normally try to do', 'billion dollars.')],
      cue='said', **UN),
]

# ---------------------------------------------------------------- 3497 Highveld sees lower 1987 earnings
HV = dict(name='Highveld Steel and Vanadium Corp', kind='organisation')
L['r21q-3497'] = [
    P('will be at a satisfactory level,', cue='said in the annual report', **HV),
    P(('presents a challenge to management', 'in other areas.'), cue='said', **HV),
    Q([('World vanadium production capacity', 'foreseeable demand,')], cue='added', **HV),
]

# ---------------------------------------------------------------- 3847 Dole says 0/92 option should be considered
RD = dict(name='Robert Dole', org='U.S. Senate')
L['r21q-3847'] = [
    P('should be seriously considered', cue='told the National Corn Growers Association', **RD),
    P('play into the hands of those who want mandatory controls', cue='told the National Corn Growers Association',
      **RD),
    P('are not going anywhere', cue='said', **RD),
]

# ---------------------------------------------------------------- 3364 API president sees options to avert oil crisis
CD = dict(name='Charles DiBona', org='American Petroleum Institute')
L['r21q-3364'] = [
    Q([('No action should be ruled out', 'issue continues,')], cue='said', **CD),
    Q([('This is a battle the industry', 'Alaskan oil,')], cue='said', **CD),
]

# ---------------------------------------------------------------- 3366 top U.S. official sees delay in bank reform
GG = dict(name='George Gould', org='Treasury')
L['r21q-3366'] = [
    Q([('legislation is not going to', 'in election years.')], cue='told a Wall Street Planning Group luncheon', **GG),
    Q([('It may take a while', 'something done,')], cue='added', **GG),
    Q([('These discussions have nothing', 'policy\nterms,'), ('It is easier to stop', 'get it going.')],
      cue='said', **GG),
    P(('a major impediment to further', 'financial reform.'), cue='described', **GG),
]

# ---------------------------------------------------------------- 3019 OECD trade, growth seen slowing in 1987
EIU = dict(name='Economist Intelligence Unit', kind='organisation')
L['r21q-3019'] = [
    Q([('This is not a crash scenario', 'three-point landing,')], cue='said', **EIU),
    Q([('Talking will not stop', 'Fsical policy,')], cue='said', **EIU),
    Q(['Thus far they have been willing,'], cue='said', **EIU),
    P('increasingly sick.', cue='said', **EIU),
]

# ---------------------------------------------------------------- build

build(BASE, L, 'direct quotations with speakers, 20 Reuters newswire stories of 9-11 March 1987 (Reuters-21578, '
               'file reut2-003, NEWIDs 3001-4000, as stored in loki86/ksr_zadanie1V2 as reut2-003-full.sgm because '
               'reut2-003.sgm there is truncated at NEWID 3157), chosen by select_articles.py '
               '(random.Random(20261207) draw of 16,000-character pages; every story opening in a drawn page walked '
               'in order; kept when it has a TITLE and a BODY, at least 2 pairs of double quotation marks and at '
               'least 2 direct quotations; stop at 20); article = title, blank line, dateline, body with hard line '
               'wraps kept and the sign-off removed; conventions of eval/quotes/NOTES.md')
