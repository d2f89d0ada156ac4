"""The patterns that tell which dataset a value is on, read by :mod:`kg.extract.result_sets` (sets written
after a value, set lists, editions and years, the paper's own set) and by :mod:`kg.extract.results` (sets
named elsewhere, unnamed and physical settings, sets that are not evaluated on, hardware).
Each pattern says what it catches."""

from __future__ import annotations

import re
from typing import Final

# the coordinated list a "respectively" pairs a list of values with: "for CNNs and RNNs, respectively"
PAIRED_LIST_BEFORE: Final = re.compile(r"\b(?:for|with|by|using|in)\s+(?:the\s+)?[\w+.-]+(?:\s*,\s*[\w+.-]+)*,?\s+(?:and|or)\s+(?:the\s+)?[\w+.-]+\s*,?\s*respectively\b", re.I)
# "on <words> dataset/benchmark" or "on <Name2016>" right after a value: the set it was measured on
UNKNOWN_SET_AFTER: Final = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?!(?:the|this|that|these|both)\s+(?:dataset|data|benchmark|corpus|set)s?\b"
    r"|(?:the\s+|its\s+)?(?:(?:online|blind|hidden|official|public|private|standard|entire|whole|full|complete)\s+){0,2}(?:test|val|validation|dev|development|held-out)\s+(?:sets?|splits?|data)\b(?!\s+of\b))"  # "85.2% mIoU on the test set": a split
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:dataset|data|database|benchmark|corpus|set)s?\b(?!\s+of\s+(?:the\s+)?[A-Z])|"  # ("on the hard set of WIDER FACE": a part of a named set)
    r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.-]*\d[\w.-]*|(?-i:[A-Z][A-Za-z]+)(?=\s*(?:[,.;)]|and\b|or\b|$))|"
    r"(?-i:[A-Z][a-z]{2,})\s+(?:[\w-]+\s+){0,3}(?:exam|test|task|challenge|competition|track)s?\b)")  # "on the Chinese college entrance English exam"
# the set a value is measured on, written right after it: a name ("on VOC07", "on held-out COCO
# dataset") or a description ("on an internal human-annotated dataset", "on two Go datasets")
SET_AFTER: Final = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?:[\w@-]+\s+){0,3}?(?P<prep>on|in|for)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w'’-]*(?:\.\d[\w-]*)*)(?![\w'’-]|\.\w)(?!\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|corpora|sets|tasks|domains)\b)"
    r"|(?:[\w-]+\s+){0,4}(?:dataset|data|database|benchmark|corpus|set)s?\b)")
UNNAMED_SET: Final = re.compile(r"\b(?:one of the (?:data\s?)?sets\b|(?:both|all|each|across|several|multiple|two|three|four|five|six)\s+(?:[\w-]+\s+)?"
                          r"(?:datasets|corpora|benchmarks|tasks|domains|languages)\b|"
                          # "on a real anomaly detection task": other data than the sets named ("on a per-digit task" may be on them)
                          r"(?:[Oo]n|[Ii]n)\s+an?\s+(?:real(?:-world)?|new|different|separate|practical|private|proprietary|in-house)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:task|setting|scenario|application)\b|"
                          r"(?:on|in)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:dataset|database|benchmark|corpus)s?\b|"  # "on the GMU detection benchmark"
                          r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.-]*\d[\w.-]*))")
# a sentence about a robot or the real world reports no benchmark score
PHYSICAL: Final = re.compile(r"\b(?:real[- ]world|robots?|hardware|physical|on-device|in simulation|field tests?)\b", re.I)
NAMED_SET: Final = re.compile(
    r"\b(?:(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}|(?<=[a-z] )(?:dataset|benchmark|corpus)\s+)(?P<name>"  # "gait dataset SUSTech1K"
    r"[A-Z][\w’'.]*(?:-[\w’'.]+)+|[A-Z][A-Za-z]*\d[\w’'.-]*|[A-Z]{2,}[a-z]{2,}[A-Za-z]*(?![\w’'-])|[A-Z][\w’'.-]*’\d+[\w’'.-]*|"  # Re-OIE2016, WMT14, WMT’14
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\s+\d{2,4}|[A-Z]{3,}(?=\s+(?:[a-z]+\s+){0,2}(?:task|benchmark|dataset|challenge|corpus))|"  # Foo Challenge 2016, SNARE task
    r"[A-Z]{3,}[A-Za-z-]*\s+(?:19|20)\d\d(?![\w-]|\.\d)|"  # CROHME 2014: an acronym and an edition year
    r"(?=[\w’']{5})[A-Z][a-z]+[A-Z](?:[\w’'.]*[A-Za-z0-9])?(?<![A-Z]s)(?![\w’'-])|[A-Z][a-z]{2,}(?=\s+(?:dataset|benchmark|corpus)\b)|"  # PandasEval, VidHOI (no "IoCs"); "the Emotion dataset"
    # "the Stanford question answering dataset", "the long-tailed iNaturalist-$2019$ dataset": a set noun closes the name
    r"[A-Z][a-z]{2,}(?:\s+[a-z]+){1,3}(?=\s+(?:dataset|benchmark|corpus)\b)|[a-z]+[A-Z][\w’'.$-]*[\w$](?=\s+(?:dataset|benchmark|corpus)\b))")
EVALUATION_CUE: Final = re.compile(r"\b(?:experiment|evaluat|benchmark|test|results?\b|outperform|state[- ]of[- ]the[- ]art|accura|respectively|"
                             r"validat|achiev|compar|extensive|obtain|reach|report|score|perform|demonstrat|to show\b)", re.I)
# a sentence that reports on what the one before set up: "... such as the vehicle in TRANCOS dataset. Results show
# that FooNet improves ... by 15.4%" (the sets the sentence before names are those its values are on)
RESULTS_OPENER: Final = re.compile(r"\s*(?:The\s+|Our\s+)?(?:results|experiments)\s+(?:show|demonstrate|indicate|reveal)\b", re.I)
# "on A, B and C": a list of sets, not one
DATASET_LIST_AFTER: Final = re.compile(r"\s*(?:,\s*[A-Z][\w.-]*\s*(?:,|and\b|or\b)|and\b|or\b|/)")
NOT_EVAL_SET_BEFORE: Final = re.compile(r"\bwithout\s+(?:being\s+)?(?:pre-?)?train\w*\s+(?:on|with)\s+(?:the\s+)?$|"
                                 r"\btrain\w*\s+with\s+(?:only\s+)?(?:[\w-]+\s+){0,2}(?:data|examples|samples|images)\s+(?:from|of)\s+(?:the\s+)?$|\bpre-?train\w*\s+(?:on|with)\s+(?:the\s+)?$|\b(?:not|never)\s+(?:seen\s+)?in\s+(?:the\s+)?$", re.I)  # "classes not in COCO"
# "on these tasks", "on the same datasets": sets an earlier sentence named
THESE_SETS: Final = re.compile(r"\b(?:on|in|for|across)\s+(?:these|those|the same|both)\s+(?:[\w-]+\s+)?(?:tasks|datasets|data sets|benchmarks|corpora)\b", re.I)
# "Levy-Holt dataset", "GMU detection benchmark": a name written as one set (not "six KPE benchmarks")
SET_NOUN_AFTER: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:dataset|benchmark|challenge|corpus|test set)\b(?!s)")
# the language pair after a benchmark's name: "WMT’14 English-German", "WMT16 En-Ro"
SET_NAME_MORE: Final = re.compile(r"\s+[A-Z][a-z]+(?:-|→|->|-to-)[A-Z][a-z]+\b")
# "PASCAL VOC 2007 and 2012": a second edition of the set named before it
YEARS_AFTER: Final = re.compile(r"\s*(?:and|&|/)\s*(?:19|20)\d\d\b")
# a set written as a member of a list of sets: "on Amazon and Yelp", "the MSRA-B dataset and our new one", "A, B"
# (a comma opening a new clause is no list: "on the nuScenes test set, compared to the ... network")
SET_IN_LIST_AFTER: Final = re.compile(r"\s*(?:(?:data\s?sets?|benchmarks?|corpus|corpora|(?:test|val|validation|dev)(?:\s+|-)(?:sets?|splits?))\s*)?"
                               r"(?:,(?!\s*(?:compared|comparing|which|while|whereas|where|when|outperform\w*|surpass\w*|exceed\w*|beat\w*|"
                               r"achiev\w*|improv\w*|establish\w*|setting|making|leading|showing|demonstrating|thus|but|than)\b)"
                               r"|and\b|or\b|&|/|\+)")
SET_IN_LIST_BEFORE: Final = re.compile(r"(?:,|\band|\bor|&|/|\+)\s*(?:the\s+)?$")
# "on Samsung S21 GPU", "on a Jetson TX2 board": hardware a number is measured on, not a dataset
HARDWARE_AFTER: Final = re.compile(r"(?:[\s-]+[\w.+-]+){0,2}?[\s-]+(?:GPUs?|CPUs?|DSPs?|NPUs?|TPUs?|(?:smart)?phones?|devices?|boards?|processors?|chips?)\b"
                            # "the ANYmal legged robot", "a real TriFinger system": a machine, not a set (not "NetHack and robot planning";
                            # not a machine word modifying a set noun: "the FreiHAND hand pose benchmark", "HO-3D hand-object dataset")
                            r"|[\s-]+(?:(?!and\b|or\b)[a-z][\w-]*\s+)?(?:robots?|systems?|platforms?|arms?|grippers?|hands?|hardware)\b"
                            r"(?!(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:data\s?sets?|benchmarks?|corpus|corpora|challenges?)\b)")
# "on the Q1 grasp quality metric": a name heading a metric noun names the metric, not a set
METRIC_NOUN_AFTER: Final = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:metric|measure|criterion)\b")
# "when comparing with the state-of-the-art CodeGPT", "than X": what follows is a compared system
# ("outperforms the state-of-art on Pascal VOC 2012 and Cityscapes": a name right after "on" is measured on, not
# compared, unless "than" heads it: "-27% accuracy points than on MN v2")
COMPARED_SET_BEFORE: Final = re.compile(r"\b(?:than|compar\w*\s+(?:to|with|against)|versus|vs\.?|outperform\w*|surpass\w*|beat\w*)\s+"
                                 r"(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,2}(?:(?<=\bthan\s[oi]n\s)|(?<!\b[oi]n\s)(?<!\b[oi]n\sthe\s))$", re.I)
# "on the SayCan instruction set": a name measured on, heading a set noun, is a set whatever it was tagged
ON_SET_BEFORE: Final = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")
# ", indicating that ...": a clause commenting on the results before it
COMMENT_CLAUSE: Final = re.compile(r",\s+(?:indicating|suggesting|showing|demonstrating|highlighting|underscoring|confirming)\s+(?:that|the|how)\b")
# "WikiNLDB, a novel dataset for ...": a set noun in apposition after a name
SET_APPOSITION_AFTER: Final = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:dataset|data set|benchmark|corpus)\b")
SET_WORD_AFTER: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:dataset|benchmark|corpus|suite|subset|(?:test|instruction|evaluation|validation)\s+set)\b")
# "for bag size 128 on CIFAR100": a setting's number between a value and its set
SETTING_NUMBER: Final = re.compile(r"\b[a-z]+\s+\d+(?![\d.%\w])")
# "on English-to-French translation", "for GTA-to-Cityscapes": a language or domain pair names a task's test set
LANGUAGE_PAIR: Final = re.compile(r"[A-Z][A-Za-z]+(?:-to-|→|->)[A-Z][A-Za-z]+|[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")  # GTA-to-Cityscapes, English-German
# a translation direction written with well-known language names or ISO 639-1 codes ("My-En", "En→De", "English-German",
# "French-to-English"): a catalogue, so "Style-Guided" or "Break-Even" is no pair
_LANGUAGES: Final = ("English|German|French|Chinese|Japanese|Russian|Spanish|Romanian|Czech|Finnish|Turkish|Estonian|Latvian|Lithuanian|Hindi|"
              "Tamil|Marathi|Gujarati|Kazakh|Arabic|Italian|Portuguese|Dutch|Korean|Vietnamese|Indonesian|Burmese|Nepali|Sinhala|Pashto|"
              "Khmer|Polish|Hungarian|Ukrainian|Hebrew|Persian|Urdu|Bengali|Thai|Malay|Swahili|Greek|Bulgarian|Croatian|Serbian|"
              "Slovak|Slovenian|Swedish|Norwegian|Danish|Icelandic|Basque|Catalan|Galician|Welsh|Irish|Mongolian|Uyghur|Tibetan")
_CODES: Final = ("En|De|Fr|Zh|Ja|Ru|Es|Ro|Cs|Fi|Tr|Et|Lv|Lt|Hi|Ta|Mr|Gu|Kk|Ar|It|Pt|Nl|Ko|Vi|Id|My|Ne|Si|Ps|Km|Pl|Hu|Uk|He|Fa|Ur|Bn|Th|"
          "Ms|Sw|El|Bg|Hr|Sr|Sk|Sl|Sv|Da|Is|Eu|Ca|Gl|Cy|Ga|Mn|Ug")
LANGUAGE_DIRECTION: Final = re.compile(rf"(?<![\w-])(?:(?:{_LANGUAGES})(?:-to-|\s*(?:→|->|–|-)\s*)(?:{_LANGUAGES})|(?:{_CODES})(?:\s*(?:→|->|–|-)\s*)(?:{_CODES}))(?![\w-])")
# "and Union14M-Benchmark (61.6% accuracy)": a set name (with a digit or a dash) heading its score in parentheses
NAMED_HEAD_PAREN: Final = re.compile(r"(?:\b(?:and|on|in|for)\s+|,\s*)(?:the\s+)?(?P<name>[A-Z][\w’'.]*\d[\w’'.-]*|[A-Z][\w’'.]*(?:-[\w’'.]+)+)\s*\(\s*[+$]*\d")
# "an average AUROC of 98.62% across XSum and Writing Prompts": a value averaged over sets names none of them
ACROSS_AFTER: Final = re.compile(r"\s*(?:\\?%\s*)?[^.;,\d()]{0,40}?\b(?:across|averaged\s+over|on\s+average\s+over)\b"
                          # ("3.8 m across all 35 localization events": trials of the one set, no sets)
                          r"(?!\s+(?:(?:all|the|\d+|[a-z-]+)\s+){0,3}(?:subjects|trials|runs|seeds|events|episodes|participants|users|folds|"
                          r"frames|repetitions|experiments|trajectories|sequences|scenes|objects|pairs)\b)")
# "on the WN18RR dataset, and 37.1% ...": a set noun, then a new list item
SET_THEN_ITEM_GAP: Final = re.compile(r"^\s*(?:(?:data\s?sets?|benchmarks?|corpus|corpora|(?:test|validation)\s+sets?)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\+?$")
# "on the multi-view RGB-D dataset": one set, named by a noun phrase (no recogniser may know it)
OTHER_SET_NOUN: Final = re.compile(r"\b(?:on|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:dataset|database|benchmark|corpus|data\s+set)\b(?!s)", re.I)
# "a DSC of 83.4% and an HD95 of 3.83 on the X dataset": metric-value pairs coordinated before one set are all on it
# (a pair names a metric, no verb: "and achieves METEOR scores 0.278 on B" is a new clause)
_PAIR: Final = r"(?:an?\s+|the\s+)?(?:(?!(?:achiev|obtain|reach|attain|get|yield|report|show|outperform|surpass|improv|set)\w*\s)[\w()-]+\s+){1,6}?(?:of\s+|=\s*|:\s*)?\$?\d[\d.]*\$?\s*(?:\\?%)?"
PAIRS_THEN_SET_GAP: Final = re.compile(rf"^\s*(?:\\?%)?(?:\s*(?:,\s*(?:and\s+)?|and\s+){_PAIR})+\s+(?:on|in)\s+(?:the\s+)?$")
# "81.9% mAP and 83.3% mIoU on VOC 2012", "51.2% MRR, 46.8% Hits@1 on WN18RR": values each written before their
# metric, coordinated before one set, are all on it (the metric is one to three words, no function word); "3.92% mean
# error with 0.39% failure rate on COFW": a value joined by "with" too
_NOT_METRIC_WORD: Final = r"(?!(?:on|in|and|or|with|for|by|than|over|to|at|of|the|while|whereas|respectively|which|that)\b)"
_AFTER_METRIC: Final = rf"{_NOT_METRIC_WORD}[^\s,;:.()%\d$][^\s,;:()$]*(?:\s+{_NOT_METRIC_WORD}[^\s,;:.()%\d$][^\s,;:()$]*){{0,2}}"
VALUE_PAIRS_THEN_SET_GAP: Final = re.compile(rf"^\s*(?:\\?%)?\s*{_AFTER_METRIC}(?:\s*(?:,\s*(?:and\s+)?|and\s+|with\s+)(?:an?\s+)?\$?\d[\d.]*\$?\s*(?:\\?%)?\s*{_AFTER_METRIC})+"
                                      r"\s+(?:on|in)\s+(?:the\s+)?$")
# "7.1% on LoKITTI": a value, then the set it is on
VALUE_ON_BEFORE: Final = re.compile(r"(?<![\w.-])\d[\d.]*\s*(?:\\?%|points?|pts|pp)?\s+on\s+(?:the\s+)?$")
# "on our novel dataset", "on the proposed benchmark": the set the paper introduces, as it refers to it
OWN_SET: Final = re.compile(r"\b(?:[Oo]ur|the\s+(?:newly\s+)?(?:proposed|introduced|collected|presented))\s+(?!training\b|own\s+data\b)"
                     r"(?:(?!training\b)[\w-]+\s+){0,2}?(?:dataset|data\s?set|benchmark|corpus|database)\b(?!s)")
# "95.4% and 93% on household and adversarial objects, respectively": the list the values pair with is
# written after them (not "on both datasets, respectively", which are sets named before)
OWN_PAIRED_LIST: Final = re.compile(r"[^.;]{0,40}?\b(?:on|for|in|with|across|using)\s+(?:the\s+)?(?!(?:these|those|both|two|all|the\s+two)\b)"
                             r"[^,.;\d]{1,50}?\s+and\s+[^,.;\d]{1,50}?,?\s+respectively\b", re.I)
# "FID 42.17, ... respectively on Flower, Animal Faces, and VGGFace": the sentence names the sets its values are on
RESPECTIVELY_ON_NAMES: Final = re.compile(r"\brespectively,?\s+(?:on|in|for)\s+(?:the\s+)?[A-Z]")
OWN_SET_WORD: Final = re.compile(r"\b(?:[Oo]ur|proposed|introduced|collected|presented)\b")  # a cheap test before OWN_SET
