"""The patterns :mod:`kg.extract.results` reads abstracts with: values and their units, metric
words, hedges, improvement cues, the gaps allowed between a value and its metric, dataset and
method cues. Kept apart so the algorithm reads as an algorithm; each pattern says what it catches."""

from __future__ import annotations

import re

#: Metric words the guidelines do not list as named metrics but a leaderboard needs.
# (qualifiers include "Q8"/"Q3": the 8- and 3-state accuracy of protein secondary structure prediction)
GENERIC_METRIC = re.compile(
    r"(?<![\w-])(?:(?:top-?\d{1,3}|Q[38]|overall|average|mean|balanced|test|validation|classification|verification|retrieval|certified|robust|adversarial|zero-shot|few-shot|"
    r"linear[- ]probe?|exact[- ]match|word|character|label|pixel|frame|instance|attack|policy|task|joint(?: goal)?|execution|"
    r"(?:macro|micro|weighted)(?:[- ]averaged)?[- ]?|(?-i:[a-z]{3,}(?:tion|sion))(?=\s+(?:accuracy|success rate|F1|precision|recall|rates?\b)))\s*){0,2}"  # "top-5 validation error", "recognition accuracy"
    r"(?:accuracy|accuracies|perplexit(?:y|ies)|top-?\d{1,2}-errors?|(?:Spearman|Pearson|Kendall)(?:'s)?(?:\s+(?:rank\s+)?correlation)?(?:\s+(?:coefficient|rho|tau|ρ|τ))?|error[- ]rates?|errors?|success rates?|(?:failure|miss) rates?|F(?:1|0\.5)(?:[- ]scores?)?|F2[- ]?(?:scores?|measure)|F[- ]scores?|F-?measure|precision|recall(?: rates?(?!\s+of\s+(?:the|its|their)\b))?|AU(?:C|ROC|PRC?|PRO)|"
    r"(?:false|true) (?:positive|negative) rates?|win(?:ning)? rates?|pass rates?|hit[- ]rates?|(?:(?<=recognition )|(?<=detection )|(?<=identification )|(?<=classification )|(?<=prediction ))rates?|score)(?![\w-])",  # "recognition rate"
    re.I,
)
# "accura|error|rate|F1|F-?measure|precision|perplexit|recall|AU(?:C|ROC|PR)|score|Spearman|Pearson|Kendall"
# in any case, led by the characters that case-insensitively begin one ("\u017f" is an "s", "\u212a" a
# "k"): a case-insensitive alternation gives the engine no first character to skip to (twice the cost).
GENERIC_HEAD = re.compile(
    r"[aAeErRfFpPsSkK\u017f\u212a](?i:(?<=a)(?:ccura|u(?:c|roc|pr))|(?<=e)rror|(?<=r)(?:ate|ecall)|(?<=f)(?:1|-?measure|[- ]score)"
    r"|(?<=p)(?:recision|earson|erplexit)|(?<=s)(?:core|pearman)|(?<=k)endall)"
)
NUM = r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"  # ".673" too
# (a robot's errors in the units of what it measures: "a contact force error of 0.0117N", "a pouring error of 16.4 mL")
# (lengths written out, "2.16 millimeters", "0.8 meters": the written unit, as the results README keeps it)
# "86.1 pixel accuracy", "75% pixel-wise accuracy": "pixel" opens the name of a metric, no unit of the number
_PIXEL_METRIC = r"(?:[\s-]+(?:wise|level|based))?[\s-]+(?:accurac(?:y|ies)|acc\b|precision|recall|AP\b|m?IoU|F1|F-?scores?|F-?measure)"
UNIT = r"(?:\s?(?P<unit>\\?%|\$\\?%\$|percent(?:age points?)?\b|pp\b|points?\b|dB\b|ms\b|mm\b|cm\b|m\b|µm\b|nm\b|°|deg(?:rees?)?\b|N\b(?!-)|mN\b|g\b(?!-)|mg\b|kg\b|mL\b|ml\b|rad\b|mrad\b|px\b|pixels?\b(?!" + _PIXEL_METRIC + ")|" \
    r"(?:milli|centi|micro|nano)?met(?:er|re)s\b|radians?\b|[x×](?![\w])))?"
VALUE = re.compile(NUM + UNIT)
# "88 ± 5 %", "11.3$\\pm$9.5\\% EER", "0.427 +/- 0.229 m": the spread written after a mean, with the unit both share
SPREAD = re.compile(r"(?<=\d)\s*\$?\s*(?:±|\\pm|\+/-|\+-)\s*\$?\s*\d+(?:\.\d+)?\s*\$?" + UNIT.replace("?P<unit>", "?P<spread_unit>"))
# What stands right before a number that is no score of its own. (One "\b" before all the words: the
# search tries each position of the window, and a "\b" led by each word was tested once per word.)
NOT_SCORE_BEFORE = re.compile(
    r"(?:\b(?:up ?to|over|more than|(?:greater|higher|better|lower|smaller) than|less th[ae]n|fewer than|near|at least|at most|above|below|nearly|almost|"
    r"approximate(?:ly)?|around|roughly|about|close to|(?:on|in) the order of|under|between|top|within|first|last|every|"
    r"within an?|by about an?(?: \w+ of)?|as (?:much|many|high|low) as(?: an?)?|max(?:imum)?(?: of)?|"
    r"(?:up to|over|more than|less than|at least|at most|nearly|almost|approximately|around|roughly|about|close to)\s+an?(?:\s+(?:absolute|relative|average))?|"
    r"(?:requires?|required|requiring|demands?|demanding)(?:\s+(?:an?|the))?|"  # "tasks require 100% recall": a requirement
    r"fail(?:s|ed|ing)?\s+to\s+(?:\w+\s+)?(?:reach|achieve|attain|obtain|exceed)|"  # "often fail to ever reach 100% precision": a level not reached
    r"(?:up to|as much as)\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+)?(?:margin|improvement|gain|increase|boost|reduction|decrease)s?\s+(?:of|by))"  # "up to a margin of"
    r"|±|\+-|\\pm|~|∼|≈|<|>|≤|≥|(?:required|needed|necessary|in order) to (?:achieve|reach|obtain|attain)(?: an?)?)\s*$",
    re.I,
)
# "15.15% decrease in the average time steps": a change and what it changes, right after a value
CHANGE_IN_AFTER = re.compile(r"\s*(?:\\?%|points?)?\s*(?:relative\s+|absolute\s+)?(?:decrease|increase|reduction|improvement|gain|drop)s?\s+in\s+"
                             r"(?:the\s+)?(?P<what>(?:[\w-]+\s+){0,3}[\w-]+)", re.I)
# the coordinated list a "respectively" pairs a list of values with: "for CNNs and RNNs, respectively"
PAIRED_LIST_BEFORE = re.compile(r"\b(?:for|with|by|using|in)\s+(?:the\s+)?[\w+.-]+(?:\s*,\s*[\w+.-]+)*,?\s+(?:and|or)\s+(?:the\s+)?[\w+.-]+\s*,?\s*respectively\b", re.I)
# between a list of metrics and the list of values it pairs with: words of one clause, no number
PARALLEL_GAP = re.compile(r"^\)?[^.;:\d%()]{0,60}$")
# between two metrics of such a list: "mask (mIoU) and boundary (F-score)", "accuracy, F1 and AUC"
PARALLEL_METRICS_GAP = re.compile(r"^\)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:[a-z][\w-]*\s+)?\(?\s*$")
# the later members of a hedged list: "more than 20.4% and 20.8%", "up to 3.1, 2.2 and 1.9"
HEDGED_LIST_BEFORE = re.compile(
    r"\b(?:up to|over|more than|less than|at least|nearly|almost|approximately|around|roughly|about|between)\s*"
    r"(?:\d[\d.,]*\s*(?:\\?%|points?|dB)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+$", re.I)
IMPROVEMENT_BEFORE = re.compile(  # (one "\b" before all the words, as in NOT_SCORE_BEFORE)
    # ("decreases by an average 12.0", "reduces the error by only 15%", "by a large margin, 12.86%", "by large margins, i.e., 6%")
    r"(?:\b(?:by(?:,?\s+(?:on\s+)?average(?:\s+of)?,?|\s+an?(?=\s*$)|\s+an?\s+average|\s+(?:an?\s+)?(?:absolute|relative)(?=\s*$)|\s+only|\s+(?:a\s+)?(?:large|wide|clear|big|significant|"
    r"considerable|substantial|huge|notable)\s+margins?(?:\s+of)?(?:\s*[,:(]\s*(?:(?:i\.e\.|e\.g\.|namely)\s*,?\s*)?)?)?|improv\w*(?:\s+\w+){0,3}\s+(?:by|of)|gains?\s+of|increase\w*\s+(?:of|by)|boost\w*\s+(?:of|by)|"
    r"reduc\w*(?:\s+\w+){0,3}\s+by|decreas\w*\s+(?:\w+\s+)?by|outperform\w*(?:\s+\S+){0,6}\s+by|margins?\s+of|by\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+){1,2}(?:[\w-]+\s+){0,2}of|"
    r"surpass\w*(?:\s+\S+){0,6}\s+by|(?:outperform|surpass|exceed)\w*(?:\s+\S+){0,8}\s+with|by\s+an?\s+average\s+of|"
    # ("a reduction in word error rate (WER) of 0.9%": the metric's acronym may follow it)
    r"(?:reductions?|improvements?|decreases?|increases?|boosts?|gains?)\s+(?:in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:\([^()]{1,15}\)\s+)?)?of|"
    r"(?:improv(?:es|ed|ing|e)|gain(?:s|ed|ing)?|boost(?:s|ed|ing)?)|(?:gap|drop|difference|margin)\s*(?:of\s+)?\(?|"
    r"(?:gap|margin|difference)s?\s+(?:between|over|to)\s+[^.;()%\d]{0,50}\(|"  # "the gap between humans and machines (25.3% F1)"
    # "improved the results 0.20 BLEU points": the value right after what improved, no preposition between, is the margin
    r"(?:improv|boost)\w*\s+(?:(?:the|its|their|our)\s+)?(?:(?!(?:to|from|of|by|at|with|on|in|for|over|than|and|or|is|was|are|were|as)\b)[\w-]+\s+){1,3})|\+)\s*$",
    re.I,
)
IMPROVEMENT_AFTER = re.compile(
    # ("76% BD-Rate (Bjontegaard Delta Rate) gains", "0.6% absolute character error rates (CER) reduction": an acronym may follow the words)
    r"^\s*(?:%|points?|pp|percent)?\s*(?:absolute\s+|relative\s+)?(?:(?!on\b|in\b|for\b|with\b|at\b|which\b|that\b|and\b)[\w@./-]+\s+){0,3}?(?:\([^()]{1,40}\)\s+)?(?:absolute\s+|relative\s+)?(?:higher|lower|better|worse|ahead|improvements?|gains?|"
    r"increase|decrease|reduction|relative|more|less|fewer|faster|slower|smaller|larger|over|above|below|behind|drops?|loss|degradation|gap|"
    # ("18.9% which is better than the previous results": a relative clause says the score is better, no margin)
    r"boosts?|lifts?)\b(?<!over)|^\s*(?:%|points?|pp|percent)?\s*over\b(?!\s+(?:a\s+total\s+of\b|the\s+course\s+of\b|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"all|multiple|several|many|various|different|\w+ty\b))"  # "67.8% over eight tasks" is an average, no margin
    r"|^\s*(?:%|points?|pp|percent)?\s*than\b",  # "a higher mIoU of 3.1% than X": a margin
    re.I,
)
# Numbers of other quantities: "1.2M parameters", "3x faster", "10K images", "2019", "Table 3".
OTHER_QUANTITY_AFTER = re.compile(
    r"^(?:\s*[*×x]\s*\d|-?bits?\b|-(?:shot|way|layer|head|dimensional|d\b|D\b|step|stage|class|fold|gram|hop|frame|second|minute|hour|day|year)s?\b|"
    r"\s*(?:px|pixels?(?!" + _PIXEL_METRIC + ")|resolution|dimensions?|bits?)\b)|"
    r"^\s*\$?\s*(?:\\mu\s*\$?\s*|[µμmn])J\b|"  # "0.408 $\mu$J per image": an energy
    r"^\s*(?:[KMBkmb]\b|million|billion|thousand|parameters|params|layers|images|videos|samples|examples|"
    r"hours|days|epochs|steps|times|GPUs?|tokens|words|sentences|languages|classes|categories|subjects|"
    r"participants|users|papers|tasks|datasets|benchmarks|models|frames|seconds|minutes|[x×]\s*(?:faster|speed|less|fewer|more|smaller))",
    re.I,
)
REFERENCE_BEFORE = re.compile(r"(?:\b(?:Table|Fig\.?|Figure|Section|Sec\.|Eq\.?|Equation|et al\.?,?)\s*|\[)$", re.I)
RANGE_AFTER = re.compile(r"^\s*(?:%\s*)?(?:-{1,2}|–|—|−|~|∼|to)\s*\$?\d")  # "4-5%", "25--45 points", "1%~5%"
OUR = re.compile(
    r"\b(?:we|our|ours|the proposed|this (?:model|method|approach|framework|system|work|paper)|"
    r"proposed (?:model|method|approach|framework|system))\b",
    re.I,
)
COMPARED = re.compile(
    r"(?:\b(?:than|over|compar(?:ed|ing) (?:to|with)|in comparison (?:to|with)|(?:superior|inferior) to|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|exceed\w*|against|relative to|"
    r"improv(?:es|ed|ing|e)|boost(?:s|ed|ing)?|enhanc(?:es|ed|ing|e)|rais(?:es|ed|ing|e)|lift(?:s|ed|ing)?|reduc(?:es|ed|ing|e))|"  # "reducing the CNN error by 12%"
    r"\b(?:increas|improv|reduc|boost|lower|rais)\w*\s+(?:the\s+)?[\w@ -]{0,30}?\s+of|"  # "the pass@1 accuracy of"
    r"\b(?:G?FLOPs|MACs|param(?:eter)?s|memory|computation|cost)\s+(?:of|than))\s+(?:the\s+)?"  # "uses 43% GFLOPs of MViT-B but achieves"
    r"(?:(?-i:[a-z0-9][\w-]*\s+){0,2}|(?:[\w-]+\s+){1,4}\(\s*|"  # "compared to single-question MRC (NER-SQMRC)"
    r"(?-i:[a-z0-9][\w-]*\s+){0,3}(?:method|model|approach|baseline|system)s?\s+(?:of\s+)?)$|"  # "outperforms the recent open-vocabulary method of LSeg"
    # "outperforming the state-of-the-art model, OpenVLA": in apposition after a verb of comparison ("Compared to previous
    # baselines, HDAE achieves": the clause's subject)
    r"\b(?:outperform\w*|surpass\w*|beat\w*|than|over)\s+(?:the\s+)?(?-i:[a-z0-9][\w-]*\s+){0,3}(?:method|model|approach|baseline|system),\s+$", re.I)
# A value followed by an acronym that is no known metric measures that ("2.5% AUPRO"), and one
# followed by a plain noun measures the noun ("2.4 exaflops", "87.5% of the time").
OTHER_MEASURE_AFTER = re.compile(r"\s*(?:\\?%|\$)?\s*[A-Z][A-Za-z0-9@-]*[A-Z0-9]\b")
NOUN_AFTER = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?!(?:on|in|for|and|or|with|at|to|than|over|respectively|compared|while|which|when|where|by|from|"
    r"higher|lower|better|worse|ahead|improvements?|gains?|absolute|relative|points?|percent|percentage|average|mean|overall|"
    r"the|a|an|is|are|was|were|vs|versus|across|among|under|using|without|via|per|after|before|as|against|"
    r"respectively|only|alone|each|both|all|even|also|margin|increase|decrease|reduction|boost|relatively|"
    r"absolutely|more|less|among|within|during|if|but|whereas|so|thus|outperforming|surpassing|setting|achieving|"
    r"reaching|yielding|making|showing|which|that|this|these|its|their|our|new|state|through|throughout|along|despite|upon|since|because|until|"
    r"out|including|excluding|except|given|regardless|depending|instead|due|thanks|leading|resulting|exceeding|matching|beating|"
    r"maintaining|keeping|retaining|preserving|requiring|demonstrating|indicating)\b)"
    r"(?![a-z]+(?:ed|ing)\s+(?:in|on|at|with|over|for|from|during|under|across)\b)"  # "0.8 m tested in a room": a participle goes on ("obtained by" names another system)
    r"(?:[a-z][a-z-]+|[a-zµ][A-Za-z]{0,2}\b)")
# "on <words> dataset/benchmark" or "on <Name2016>" right after a value: the set it was measured on
UNKNOWN_SET_AFTER = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?!(?:the|this|that|these|both)\s+(?:dataset|data|benchmark|corpus|set)s?\b"
    r"|(?:the\s+|its\s+)?(?:(?:online|blind|hidden|official|public|private|standard|entire|whole|full|complete)\s+){0,2}(?:test|val|validation|dev|development|held-out)\s+(?:sets?|splits?|data)\b(?!\s+of\b))"  # "85.2% mIoU on the test set": a split
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:dataset|data|database|benchmark|corpus|set)s?\b|"
    r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.-]*\d[\w.-]*|(?-i:[A-Z][A-Za-z]+)(?=\s*(?:[,.;)]|and\b|or\b|$))|"
    r"(?-i:[A-Z][a-z]{2,})\s+(?:[\w-]+\s+){0,3}(?:exam|test|task|challenge|competition|track)s?\b)")  # "on the Chinese college entrance English exam"
# the set a value is measured on, written right after it: a name ("on VOC07", "on held-out COCO
# dataset") or a description ("on an internal human-annotated dataset", "on two Go datasets")
SET_AFTER = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?:[\w@-]+\s+){0,3}?(?P<prep>on|in|for)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w'’-]*(?:\.\d[\w-]*)*)(?![\w'’-]|\.\w)(?!\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|corpora|sets|tasks|domains)\b)"
    r"|(?:[\w-]+\s+){0,4}(?:dataset|data|database|benchmark|corpus|set)s?\b)")
UNNAMED_SET = re.compile(r"\b(?:one of the (?:data\s?)?sets\b|(?:both|all|each|across|several|multiple|two|three|four|five|six)\s+(?:[\w-]+\s+)?"
                          r"(?:datasets|corpora|benchmarks|tasks|domains|languages)\b|"
                          # "on a real anomaly detection task": other data than the sets named ("on a per-digit task" may be on them)
                          r"(?:[Oo]n|[Ii]n)\s+an?\s+(?:real(?:-world)?|new|different|separate|practical|private|proprietary|in-house)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:task|setting|scenario|application)\b|"
                          r"(?:on|in)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:dataset|database|benchmark|corpus)s?\b|"  # "on the GMU detection benchmark"
                          r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.-]*\d[\w.-]*))")
# a sentence about a robot or the real world reports no benchmark score
PHYSICAL = re.compile(r"\b(?:real[- ]world|robots?|hardware|physical|on-device|in simulation|field tests?)\b", re.I)
NAMED_SET = re.compile(
    r"\b(?:(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}|(?<=[a-z] )(?:dataset|benchmark|corpus)\s+)(?P<name>"  # "gait dataset SUSTech1K"
    r"[A-Z][\w’'.]*(?:-[\w’'.]+)+|[A-Z][A-Za-z]*\d[\w’'.-]*|[A-Z]{2,}[a-z]{2,}[A-Za-z]*(?![\w’'-])|[A-Z][\w’'.-]*’\d+[\w’'.-]*|"  # Re-OIE2016, WMT14, WMT’14
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\s+\d{2,4}|[A-Z]{3,}(?=\s+(?:[a-z]+\s+){0,2}(?:task|benchmark|dataset|challenge|corpus))|"  # Foo Challenge 2016, SNARE task
    r"[A-Z]{3,}[A-Za-z-]*\s+(?:19|20)\d\d(?![\w-]|\.\d)|"  # CROHME 2014: an acronym and an edition year
    r"(?=[\w’']{5})[A-Z][a-z]+[A-Z](?:[\w’'.]*[A-Za-z0-9])?(?<![A-Z]s)(?![\w’'-])|[A-Z][a-z]{2,}(?=\s+(?:dataset|benchmark|corpus)\b)|"  # PandasEval, VidHOI (no "IoCs"); "the Emotion dataset"
    # "the Stanford question answering dataset", "the long-tailed iNaturalist-$2019$ dataset": a set noun closes the name
    r"[A-Z][a-z]{2,}(?:\s+[a-z]+){1,3}(?=\s+(?:dataset|benchmark|corpus)\b)|[a-z]+[A-Z][\w’'.$-]*[\w$](?=\s+(?:dataset|benchmark|corpus)\b))")
SPEED = re.compile(r"^(?:fps|frames per second|latency|runtime|throughput)$", re.I)
# the words before a rate data is recorded at ("captured at", "capturing long-term videos at"), and those after it
# ("2 fps sampling", "(240 FPS) cameras")
CAPTURED_BEFORE = re.compile(r"(?<!motion )\b(?:captur|record|film|acquir)\w*\b(?:(?!\b(?:process|run|achiev|reach|perform|operat)\w*)[^.;,\d])*$", re.I)
CAPTURED_AFTER = re.compile(r"\s*(?:fps|FPS|frames per second)\)?\s*(?:sampling|cameras?|camera\s+\w+)\b")
# "By simply using DY-ReLU for MobileNetV2, the top-1 accuracy is boosted from 72.0% to 76.2%", "applying our method to
# BERT", "introducing our module in YOLOv4-tiny", "We also adopt Guided Anchoring in Fast R-CNN": the named system the
# paper's method is put in, which is the baseline
HOSTED_BEFORE = re.compile(r"\b(?:using|applying|adding|plugging|inserting|introducing|incorporating|integrating|equipping|employing|adopt\w*)\s+"
                           r"(?:[\w-]+\s+){1,5}?(?:to|for|in|into|on)\s+(?:the\s+|an?\s+)?$", re.I)
COMPARED_LIST = re.compile(
    r"\b(?:than|over|compared (?:to|with)|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|against|baselines?)\b[^.;]{0,50}?"
    r"\b(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely)\s+(?:[^.;]{0,60}?(?:,|\band\b|\bor\b)\s+)?(?:[A-Z][\w-]*\s+)?$", re.I)
WRITTEN_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=\b[Tt]he\s)|(?<=\. )|(?<=\bwhereas\s)|(?<=\bwhile\s)|(?<=\bthat\s))(?!(?:The|A|An|This|These|Our|Its|Their)\s)(?P<name>(?:[A-Z][\w.+-]*\s+){0,2}[A-Z][\w.+-]*)\s+"
    r"(?:\([^()]{1,20}\)\s+)?(?:(?:model|network|method|system|approach|framework|classifier|agent|policy|detector|architecture)\s+)?"  # "The RFC model achieves"
    r"(?:achieves|achieved|obtains|obtained|reaches|reached|attains|attained|scores(?!\s+of\b)|scored|sets|establishes|yields|gets|records|"
    r"improves|improved|outperforms|outperformed|surpasses|surpassed|demonstrates|shows|delivers|gains|gained|"
    r"(?:can|could)\s+(?:(?:further|also|still)\s+)?(?:achieve|obtain|reach|attain))\b")  # "TinyViT can reach 86.5%"
# "our 2-bit MobileNet-v2", "our quantized ResNet-18": the paper's method applied to a named architecture
OUR_VARIANT_BEFORE = re.compile(r"\b[Oo]ur\s+(?:(?!and\b|or\b|with\b)[\w.-]+\s+){0,2}$")
SCORING_VERB = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:achieves|achieved|obtains|obtained|reaches|reached|attains|scores|"
                           r"sets|establishes|yields|outperforms|outperformed|surpasses|improves|improved)\b")
BASELINE_VALUE = re.compile(
    r"(?:\bthan|\bshort of|\bcompared (?:to|with)|\bcomparable (?:to|with)|\bon par with|\bversus|\bvs\.?|\bagainst)\s+(?:e\.g\.,?\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w’'-]+\s+){0,2}\(?\s*[+$]*\s*$", re.I)  # "compared to e.g., Operator’s 23.4%"
PREVIOUS_BEST = re.compile(
    r"(?:\b(?:baselines?|prior work|previous methods?|state[- ]of[- ]the[- ]art|SOTA)\s*\((?:e\.g\.,?|i\.e\.,?)?\s*|"
    r"\b(?:human|humans'?|expert|random|chance)(?:\s+[\w-]+){0,2}\s+(?:of|at|is|was)\s*(?:only\s+|just\s+)?|"
    r"\b(?:vs\.?|versus)\s+[^,;()]{0,40}|\bprior art (?:has|had|achieves|achieved|gets|reaches)\s*|"
    r"\b(?:previous|prior|baseline'?s?|existing|original|reported|published)\s+(?:best\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:of|is|was|at)\s*|"
    r"\b(?:best|previous|prior)\s+(?:published|reported|known)\s+(?:results?|scores?|performance)(?:\s+(?:for|on)\s+(?:the\s+)?[\w.-]+)?\s*\(\s*)$", re.I)
EVALUATION_CUE = re.compile(r"\b(?:experiment|evaluat|benchmark|test|results?\b|outperform|state[- ]of[- ]the[- ]art|accura|respectively|"
                             r"validat|achiev|compar|extensive|obtain|reach|report|score|perform|demonstrat|to show\b)", re.I)
REACHING = re.compile(r"\b(?:reach\w*|achiev\w*|result\w*|attain\w*|to)\s*$", re.I)  # "a 15% gain, reaching 75%"
OTHERS_WORK = re.compile(r"\b(?:prior|previous|existing|earlier|past|related) (?:works?|studies|methods|approaches)\b|\[\d+(?:,\s*\d+)*\]|"
                         r"\(?[A-Z][\w-]+(?: and [A-Z][\w-]+)? et al\.?,? \(?\d{4}\)?", re.I)  # "(Leal et al., 2018)"
NOT_NAMES = frozenset("our we it this these that the our their its experiments results overall finally moreover furthermore "
                       "additionally specifically notably in on with when as compared extensive further also".split())
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
DIGIT = re.compile(r"\d")  # a regex scan is ~20x faster than a generator over the characters
YEAR = re.compile(r"^(?:19|20)\d\d$")
TARGET_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:(?!(?:at|on|in|with|for|under)\b)[\w-]+\s+){0,3}(?:specifications?|requirements?|thresholds?|targets?|tolerances?|budgets?)\b", re.I)
# (a name's number is no range start: "the accuracy on CIFAR-10 to 82.1%")
RANGE_END = re.compile(r"(?<![A-Za-z]-)(?<![\w.,])\d[\d.,]*\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*(?:to|-{1,2}|–|—|−|∼|~)\s*\$?\s*$")
# "from 71.0% to 75.9%", also with the metric written after the start ("from 71.0% F1 to 75.9%")
# "from 88% accuracy to 95% accuracy": a metric word written after the start of a change
_CHANGE_METRIC = r"(?:accuracy|error(?:\s+rate)?|success\s+rate|precision|recall|perplexity)\s+"
FROM_TO = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+|(?:nearly|almost|about|around|roughly|approximately)\s+)?\$?\d[\d.,]*\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*"
                     r"(?:[a-z]?[A-Z][\w@-]*\s+|" + _CHANGE_METRIC + r")?to\s*\$?\s*$")
# the start of such a change, read from the value's two sides: "from $13.03$ to $9.01$", "from 71.0% F1 to 75.9%"
# "improves RetinaNet with ResNet-50 from 36.2% to 39.0%", "increasing X's success rate from 20% to 93%", "boost the
# performance of R101-Mask R-CNN from": a named system a change verb takes as its object, before the change's "from"
CHANGED_OBJECT_VERB = re.compile(r"\b(?:improv|boost|increas|rais|lift|push|enhanc|reduc|lower|decreas|help)\w*\s+(?:the\s+)?"
                                 r"(?:(?:[\w@-]+\s+){1,4}?(?:of|for)\s+(?:the\s+)?)?(?:[\w.]+-)?$", re.I)
# between that system and "from": its configuration ("with ResNet-50 under 2x training", "'s top-1 accuracy on X"), no value
CHANGED_OBJECT_GAP = re.compile(r"^(?:['’]s)?[^;:%()]{0,70}?\s+$")
# a later item of a list of such changes: "..., RetinaNet with ResNet-50 backbone from 37.4 to 41.0"
CHANGE_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)$")
CHANGE_START_BEFORE = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+)?\$?$")
CHANGE_START_AFTER = re.compile(r"\$?\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*(?:[a-z]?[A-Z][\w@-]*\s+|" + _CHANGE_METRIC + r")?to\s*\$?\s*\d")
# "on iPhone 8", "Windows 10": a whole number right after a product's mixed-case name is part of the name
MIXED_CASE_NAME_BEFORE = re.compile(r"(?<![\w-])[a-z]+[A-Z][\w-]*\s$")
# What may stand between a value and the metric written after it ("84.1% top-1 accuracy",
# "28.4 BLEU points", "+6.1% in FID") or before it ("an FID of 52.3", "accuracy: 84.1%",
# "improves mAP by 6.8%", "FID from 12.1 to 9.8").
AFTER_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*(?:of\s+)?(?:(?:absolute|relative|higher|lower|better|average|mean|overall)\s+)?$", re.I)
# "+6.1% in FID", "0.8% in ImageNet top-1 accuracy" (a capitalised benchmark name may stand between)
IN_METRIC_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*(?:(?:gains?|improvements?|increases?|reductions?|decreases?|lifts?|boosts?|drops?)\s+(?:in|of)|"
                            r"in|on the|in terms of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+|(?!(?:the|a|an|and|or|our|its|their|which|that)\s)[a-z][\w-]*\s+)?$")  # "52% in pose estimation accuracy"
# "86.5% ImageNet-1K top-1 accuracy", "45.1 COCO AP": a benchmark's name (capitals or digits past its first letter,
# so no "Our"/"The"; no unit: "15FPS detection rate") between a value and the metric written after it, with at most a
# split after the name
SET_METRIC_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*(?!(?:[GMT]?FLOPs|FPS|MACs|[KMGT]B|[kMG]?Hz)\s)[A-Z][A-Za-z]*[A-Z0-9][\w.-]*(?:\s+(?:val|test|test-dev|validation|single-crop))?\s+$")
# "4.19dB on PSNR and 5% on SSIM": a metric written right after "on" (not a list of metrics "on mAP/Rank-1", whose
# values pair in order)
ON_METRIC_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*on\s+$")
BEFORE_GAP = re.compile(  # a leading ")": the metric is an acronym in parentheses ("Dice coefficient (DSC) of 83.5%")
    r"^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:scores?\s*(?==)|scores?\s+|metric\s+|values?\s+|levels?\s+|performances?\s+)?"
    # "recall@1 performances by 2.15%", "the error rate has been significantly reduced by 67%"
    r"(?:(?:has been|have been|been|(?-i:[a-z]{4,}ly)(?=\s+(?:reduced|improved|increased|lowered|decreased|to)\b)|of|=|:|is|was|are|were|reaches|reached|reaching|achieves|achieved|achieving|at|to|by|improves?|improved|improving|"
    r"increases?|increased|reduces?|reduced|drops?|dropped|rises?|rose|from|of about|of only|of up to|by up to|"
    r"improvements? of|gains? of|boosts? of|increases? of|reductions? of|an average of|average of|on average)\s*)*"
    r"(?:about|around|only|just|a|an|the|\+|-|−)?\s*(?:(?:absolute|relative)\s*)?$|^\s*\(\s*$",  # "with high accuracy (78%)"; "by a relative 20%"
    re.I,
)
# Between a value and a later one that shares its metric: "12.5 on COCO and 10.1 (on LSUN)".
ELLIPSIS_GAP = re.compile(r"^\s*(?:%\s*)?(?:points?\s+)?(?:[\w@.-]+\s+){0,2}?(?:[\w@.-]+(?=,))?(?:(?:on|in|for|with|without|through|via|using)\s+[^;%]{1,60}?)?"
                           r"(?:,\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s*(?:and|while|whereas|but|vs\.?)\s+)"
                           r"(?:(?:[\w-]+\s+){1,3}by\s+\+?|(?:(?![\w-]*ing\b)[\w-]+\s+){4,5}by\s+\+?|[\w-]+\s+)?$")  # "and other unsupervised methods by +3.45"
# "increase the accuracy of ResNet-18 on ImageNet by 1.3%": the metric, what it is of, then "by"
# ("reduces the RMSE in dynamic situations by 40%": "in" a setting too)
OF_BY_GAP = re.compile(r"^\s+(?:of|for|on|in)\s+[^,;%\d]{0,12}[^,;%]{0,40}?\s+by\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+(?:of\s+)?)?$")
COORD_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|vs\.?\s+)\+?$")
# "can be accelerated", "are compressed", "is improved": the subject undergoes the change
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
# "on A, B and C": a list of sets, not one
DATASET_LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w.-]*\s*(?:,|and\b|or\b)|and\b|or\b|/)")
# "sacrificing 0.4% top-1 accuracy", "a loss of 0.02% in accuracy": a degradation, not a score reached
DEGRADATION_BEFORE = re.compile(r"\b(?:sacrific\w*|los(?:s|ing|es|e)(?:\s+of)?|drop(?:s|ped)?(?:\s+of)?|degrad\w*(?:\s+of)?)\s*(?:only\s+)?(?:an?\s+)?$", re.I)
# "at 0.5 IoU", "IoU threshold of 0.5": an overlap threshold, not a score
THRESHOLD = re.compile(r"\bat\s*$")
# what an "at <value>" operating point is set in: an overlap, or the precision/recall traded off
OPERATING_POINT_AFTER = re.compile(r"\s*(?:IoU|overlap|precision|recall|(?:false|true) (?:positive|alarm|acceptance|rejection) rates?|[FT]PR|FAR|FPP[IW]|false positives? per (?:image|window|frame|scan))\b", re.I)
NOT_EVAL_SET_BEFORE = re.compile(r"\bwithout\s+(?:being\s+)?(?:pre-?)?train\w*\s+(?:on|with)\s+(?:the\s+)?$|"
                                 r"\btrain\w*\s+with\s+(?:only\s+)?(?:[\w-]+\s+){0,2}(?:data|examples|samples|images)\s+(?:from|of)\s+(?:the\s+)?$|\bpre-?train\w*\s+(?:on|with)\s+(?:the\s+)?$|\b(?:not|never)\s+(?:seen\s+)?in\s+(?:the\s+)?$", re.I)  # "classes not in COCO"
# "mean IoU", "Mean IOU": "mean" is part of the metric's name when the data file names the pair
MEAN_BEFORE = re.compile(r"\b[Mm]ean\s+$")
# "mIoU accuracy 85.4%": a generic head word after a named metric adds nothing to it
NAMED_HEAD_AFTER = re.compile(r"\s+(?:accuracy|rate)\b(?!\s+of\s+(?:the|its|their)\b)", re.I)  # ("recall rate of 90.99%": one measure)
# "82.7% top-1 and 96.2% top-5": a bare top-k, accuracy or error by what the sentence speaks of
# ("top-1 recall", "top-5 precision": a top-k of another measure, the generic words name it)
BARE_TOP_K = re.compile(r"(?<![\w-])[Tt]op-?([15])(?![\w-])(?!\s*(?:accurac|acc\b|err|recall|precision|hit|success|F1\b))")
ERROR_WORD = re.compile(r"\berr(?:or|ors)?\b", re.I)
ACCURACY_WORD = re.compile(r"\baccura", re.I)
# "1.144 average end-point-error (AEPE)": the long form between a value and its acronym
_FUNCTION = r"(?!(?:on|in|for|with|at|by|over|than|and|or|vs|the|of|to|respectively)\b)"
# ("mean Intersection over Union (mIoU)", "Area Under the Curve (AUC)": a few function words may stand inside it)
# ("by 13.8% in Average Displacement Error (ADE)": after "in" or "on", a long form in capitals, not "on the Sintel clean (")
LONG_FORM_GAP = re.compile(rf"^\s*(?:%|points?)?\s*(?:(?:{_FUNCTION}[A-Za-z][\w-]*\s+(?:(?i:over|of|under|the)\s+)?){{0,3}}{_FUNCTION}[A-Za-z][\w-]*"
                           r"|(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:over|of|under|the)\s+)?){1,3}[A-Z][\w-]*)\s*\($")
# "increase the accuracy of A by 1.3% and B by 0.9%": B is improved like A
# ("improves the mAP of YOLOv2 by 3.8% and mAP of YOLOv3 by 2.2%": the metric written again before the next system)
# ("outperforms LightGBM by 10.2% (up to 37.7%), and Random Forests by 3%": an aside in parentheses may follow the margin)
CHAINED_BY_GAP = re.compile(r"^\s+(?:on\s+[\w.-]+\s+)?by\s+\d[\d.]*\s*(?:%|points?)?\s*(?:points?\s*)?(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)"
                            r"(?:(?:the\s+|its\s+)?[\w@-]+(?:\s+[\w@-]+)?\s+of\s+)?$")
# a number standing alone, not inside a name ("13-layer", "ResNet-50")
LONE_NUMBER = re.compile(r"(?<![\w.-])\d[\d.]*(?![\w-])|[,;%]")
# "ranging from 87.0% to 99.3%", "varies from ... to": a range, not a change
RANGING_BEFORE = re.compile(r"\b(?:rang\w*|var(?:y|ies|ying|ied)|spanning|between)\s*$", re.I)
# "mean absolute errors of 1.86", "average error of 2 cm": a distance or deviation, no error rate
NOT_ERROR_RATE = re.compile(r"(?:\b(?:absolute|squared|reconstruction|localization|prediction|positional|position|angular|"
                            r"translation|rotation|depth|pose|end-?point|quantization|approximation|generalization|training|"
                            r"estimation|tracking|registration|regression|calibration|forecasting|distance|mean|average)\s+){1,2}$", re.I)
# "RetinaNet with ResNet50", "using a VGG-16": a backbone the credited method runs on
# ("we obtain 80.1% Top-1 accuracy on ResNet-50", "an ASR of 74% on the Llama-2", "a framework that fine-tunes PaLM 2",
# "Leveraging GPT-4-Turbo, NüshuRescue achieved": a system the paper's method runs on, no subject)
BACKBONE_BEFORE = re.compile(r"\b(?:with|using|uses?|based on|on top of|upon|applied to|on|leverag\w*|fine-?tun\w*|prun(?:ing|es|e)|quantiz(?:ing|es|e))\s+"
                             r"(?:the\s+|a\s+|an\s+)?(?-i:[a-z][\w-]*\s+){0,2}(?:(?:model|network|architecture)s?\s+of\s+)?$", re.I)
# "by 0.51 1.82 BLEU": two bare numbers side by side are a range whose dash was lost
LOST_RANGE_BEFORE = re.compile(r"(?:^|[\s(])\d+(?:\.\d+)?\s*%?\s+$")
LOST_RANGE_AFTER = re.compile(r"^\s*%?\s+\d+(?:\.\d+)?(?![\w.-])")
# "the BLEU-4 on SQuAD reaches 17.52", "the error rate on the CIFAR-10 test set is 3.1%": metric, set, value
METRIC_ON_SET_GAP = re.compile(r"^\s+(?:on|in)\s+(?:the\s+)?(?:[^\s,;%]+\s+){1,4}?(?:(?:test|dev|validation)\s+(?:set|split)\s+|dataset\s+|benchmark\s+)?"
                               r"(?:is|was|reaches|reached|of|at|achieves|achieved)\s+(?:only\s+|just\s+)?$")
# "lowers the RMSE on the shadow area to 7.4", "improves the accuracy on CIFAR-10 to 82%": a change of the metric named
# before, then where, then the level reached (the verb is checked before the metric: CHANGED_METRIC_BEFORE)
CHANGED_TO_GAP = re.compile(r"^\s+(?:on|in|for|of)\s+(?:the\s+)?[^\s,;%\d()][^\s,;%()]*(?:\s+[^\s,;%\d()][^\s,;%()]*){0,3}?\s+(?:further\s+)?to\s*\$?$")
CHANGED_METRIC_BEFORE = re.compile(r"\b(?:lower|reduc|improv|rais|increas|boost|decreas|bring|brought|push|driv|cut|lift)\w*\s+(?:further\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?$", re.I)
# "on these tasks", "on the same datasets": sets an earlier sentence named
THESE_SETS = re.compile(r"\b(?:on|in|for|across)\s+(?:these|those|the same|both)\s+(?:[\w-]+\s+)?(?:tasks|datasets|data sets|benchmarks|corpora)\b", re.I)
# 'We refer to this branched architecture as "coupled ensembles"', 'which we call "Foo"': the paper's own name
QUOTED_OWN_NAME = re.compile(r"\b(?:we|which we)\s+(?:call|term|name|dub|coin|refer to)\s+(?:(?:this|it|them|our|these)\b(?P<what>[\w\s-]{0,40}?)\s+)?"
                             r"(?:as\s+)?[\"“](?P<name>[^\"”.,;]{2,40})[\"”]", re.I)
# "we propose a novel learning method for image classification called Between-Class learning (BC learning)",
# "a general fine-tuning method that we call information gain filtration for ...": the paper's own method named
# unquoted right after the method noun it presents (a name in capitals, or a lower-case phrase of 2-4 words; after a
# for/of/to phrase only a name in capitals: "a model for the segmentation of regions called salient parts" names the regions)
OWN_CALLED = re.compile(r"\b(?:[Ww]e\s+(?:propose|present|introduce|develop|design|buil)\w*\s+(?:(?:a|an)\s+)?|[Oo]ur\s+)(?:[\w-]+\s+){0,3}?"
                        r"(?:method|approach|framework|model|network|architecture|algorithm|technique|scheme|system)"
                        r"(?P<of>\s+(?:for|of|to)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:(?:that|which)\s+we\s+(?:call|term|name|dub)|called|named|dubbed|termed)\s+"
                        r"(?P<name>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?|(?(of)(?!)|[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}?))"
                        r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9-]*(?:\s+[a-z][\w-]*)?)\))?(?=\s*[,.;:(]|\s+(?:for|to|that|which|with|in|on|by|and|as|is)\b)")
# thresholds and settings written "NAME=value": "IoU=0.5", "tIoU=0.5", "FAR=1e-5", "FoV = 90deg" (no score of a method),
# and statistics of fit or agreement ("(R2 = 0.97)", "(Kappa = 0.372)"): mostly a measurement, not a system's score
SETTING_NAME = re.compile(r"t?IoU|AP@IoU|FAR|FPR|FoV|[knpmet]|epsilon|alpha|beta|lambda|p[- ]?value|R\^?2|r|rho|tau|(?:Fleiss\s)?Kappa", re.I)
# what a quoted name must name to be the paper's method, when it is written in lower case
METHOD_NOUN = re.compile(r"\b(?:architectures?|models?|methods?|approach(?:es)?|frameworks?|networks?|systems?|algorithms?|techniques?)\s*$", re.I)
# "Levy-Holt dataset", "GMU detection benchmark": a name written as one set (not "six KPE benchmarks")
SET_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:dataset|benchmark|challenge|corpus|test set)\b(?!s)")
# the language pair after a benchmark's name: "WMT’14 English-German", "WMT16 En-Ro"
SET_NAME_MORE = re.compile(r"\s+[A-Z][a-z]+(?:-|→|->|-to-)[A-Z][a-z]+\b")
# "PASCAL VOC 2007 and 2012": a second edition of the set named before it
YEARS_AFTER = re.compile(r"\s*(?:and|&|/)\s*(?:19|20)\d\d\b")
# a set written as a member of a list of sets: "on Amazon and Yelp", "the MSRA-B dataset and our new one", "A, B"
# (a comma opening a new clause is no list: "on the nuScenes test set, compared to the ... network")
SET_IN_LIST_AFTER = re.compile(r"\s*(?:(?:data\s?sets?|benchmarks?|corpus|corpora|(?:test|val|validation|dev)(?:\s+|-)(?:sets?|splits?))\s*)?"
                               r"(?:,(?!\s*(?:compared|comparing|which|while|whereas|where|when|outperform\w*|surpass\w*|exceed\w*|beat\w*|"
                               r"achiev\w*|improv\w*|establish\w*|setting|making|leading|showing|demonstrating|thus|but|than)\b)"
                               r"|and\b|or\b|&|/|\+)")
SET_IN_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&|/|\+)\s*(?:the\s+)?$")
# "it achieves", "it also outperforms": a pronoun as the subject of a scoring verb
IT_SCORES = re.compile(r"\bit\s+(?:also\s+)?(?:achieves|obtains|reaches|attains|outperforms|surpasses|improves|sets|yields|matches)\b")
# "the accuracy of the proposed method is .931": metric, what it is of, then the value
OF_IS_GAP = re.compile(r"^\s+of\s+(?:the|our|this|their)\s+(?:[\w-]+\s+){0,3}?(?:method|model|approach|system|framework|algorithm|network|classifier)s?"
                       r"\s+(?:is|was|are|were|reaches|reached|=)\s+(?:only\s+)?$", re.I)
# "adding only 1.62% of FLOPs", "with 41% fewer parameters": a cost, not a score
COST_METRIC = re.compile(r"^(?:[GMT]?FLOPs|MACs|MAdds|(?:number of )?param(?:eter)?s|memory(?: footprint| usage)?|model size|energy)$", re.I)
# "on Samsung S21 GPU", "on a Jetson TX2 board": hardware a number is measured on, not a dataset
HARDWARE_AFTER = re.compile(r"(?:[\s-]+[\w.+-]+){0,2}?[\s-]+(?:GPUs?|CPUs?|DSPs?|NPUs?|TPUs?|(?:smart)?phones?|devices?|boards?|processors?|chips?)\b"
                            # "the ANYmal legged robot", "a real TriFinger system": a machine, not a set (not "NetHack and robot planning";
                            # not a machine word modifying a set noun: "the FreiHAND hand pose benchmark", "HO-3D hand-object dataset")
                            r"|[\s-]+(?:(?!and\b|or\b)[a-z][\w-]*\s+)?(?:robots?|systems?|platforms?|arms?|grippers?|hands?|hardware)\b"
                            r"(?!(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:data\s?sets?|benchmarks?|corpus|corpora|challenges?)\b)")
# "on the Q1 grasp quality metric": a name heading a metric noun names the metric, not a set
METRIC_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:metric|measure|criterion)\b")
# "when comparing with the state-of-the-art CodeGPT", "than X": what follows is a compared system
COMPARED_SET_BEFORE = re.compile(r"\b(?:than|compar\w*\s+(?:to|with|against)|versus|vs\.?|outperform\w*|surpass\w*|beat\w*)\s+"
                                 r"(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,2}$", re.I)
# "on the SayCan instruction set": a name measured on, heading a set noun, is a set whatever it was tagged
ON_SET_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")
# between a score and a change a clause of it states without a metric: "% mAP on MS COCO, which is ",
# "% of F1, outperforming the state of the art by "
RELATIVE_CLAUSE_GAP = re.compile(r"\s*(?:\\?%)?(?:[^.;\d%]|(?<=[A-Za-z-])\d+){0,50}?,\s*(?:which\s+is|outperforming|surpassing|exceeding|beating)\b[^.;\d%]{0,50}$")
# "a Dice score of 71.2% and an improvement of 4.2% over ...", "92.7% top-1 accuracy on A, with a 5.1% improvement":
# a change coordinated after a score, naming no metric of its own, is a change of that score
COORD_CHANGE_GAP = re.compile(r"\s*(?:\\?%)?(?:[^.;:\d%()]|(?<=[A-Za-z-])\d){0,80}?(?:,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)an?\s+"
                              r"(?:(?:absolute|relative|average|overall|further)\s+)?(?P<noun>(?:improvement|gain|increase)\s+of\s+)?$")
# "3.5% higher than": a change of the score named before, not of another quantity ("51% fewer FLOPs")
RELATIVE_CHANGE_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:points?\s+)?(?:absolute\s+|relative\s+)?(?:higher|better|improvement|gain|increase)\b")
# ", indicating that ...": a clause commenting on the results before it
COMMENT_CLAUSE = re.compile(r",\s+(?:indicating|suggesting|showing|demonstrating|highlighting|underscoring|confirming)\s+(?:that|the|how)\b")
# "WikiNLDB, a novel dataset for ...": a set noun in apposition after a name
SET_APPOSITION_AFTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:dataset|data set|benchmark|corpus)\b")
SET_WORD_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:dataset|benchmark|corpus|suite|subset|(?:test|instruction|evaluation|validation)\s+set)\b")
# "for bag size 128 on CIFAR100": a setting's number between a value and its set
SETTING_NUMBER = re.compile(r"\b[a-z]+\s+\d+(?![\d.%\w])")
# "on English-to-French translation", "for GTA-to-Cityscapes": a language or domain pair names a task's test set
LANGUAGE_PAIR = re.compile(r"[A-Z][A-Za-z]+(?:-to-|→|->)[A-Z][A-Za-z]+|[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")  # GTA-to-Cityscapes, English-German
# the start of a "from A to B" change: A
CHANGE_FROM = re.compile(r"from\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+)?\$?(\d[\d.,]*)")
# "a task called Learning from Label Proportions (", "the problem of ...": a task's name, not a method's
TASK_NAMED_BEFORE = re.compile(r"\b(?:task|problem|setting)\s+(?:called|named|termed|known as|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}\(?\s*$", re.I)
# "0.05m lateral accuracy", "75% task success rate", "a 98.1% suture placement accuracy": one or two modifier words
# between a value and its metric
MODIFIER_GAP = re.compile(rf"^\s*(?:{_FUNCTION}(?!(?:fewer|less|more|data|labeled|labelled|training|relative|absolute|higher|lower|top|such|only|its|their|our|each)\b)"
                          r"[a-z][a-z-]+\s+){1,2}$")
# a percentage scored with no metric written: "UniNet-B6 achieves 87.4%,", "human recognition (53.3%)"
CARRIED_SCORE_BEFORE = re.compile(r"(?:\b(?:achieves|achieved|obtains|obtained|reaches|reached|attains|attained|scores|gets)\s+(?:an?\s+|the\s+)?|"
                                  r"\b(?:increases|increased|rises|rose|improves|improved|climbs|climbed)\s+to\s+|[\w-]\s+\(\s*)$")  # "performance increases to 82%"
CARRIED_SCORE_AFTER = re.compile(r"\s*(?:\)|[,.;]|\s(?:and|on|in|compared|outperform\w*|surpass\w*|while)\b|$)")
# "outperforms existing detectors (77.9%) and human recognition (53.3%)": the score of the name before it
COMPARED_NAME_PAREN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|than|over|compared (?:to|with))\s(?:(?:[^.;:]|\.(?=\d))*?\s)??"
                                 r"(?:the\s+)?(?P<name>(?:(?!(?:and|or|the|of|to|in|on|at|for|with|by|from|as|like|including)\b)[\w+-]+\s+){0,2}[\w+-]+)\s*\(\s*$", re.I)
# "and Union14M-Benchmark (61.6% accuracy)": a set name (with a digit or a dash) heading its score in parentheses
NAMED_HEAD_PAREN = re.compile(r"(?:\b(?:and|on|in|for)\s+|,\s*)(?:the\s+)?(?P<name>[A-Z][\w’'.]*\d[\w’'.-]*|[A-Z][\w’'.]*(?:-[\w’'.]+)+)\s*\(\s*[+$]*\d")
# "the tool extends existing work by ...", "unlike prior methods": others' work the paper goes beyond, not credited
BEYOND_BEFORE = re.compile(r"\b(?:extend\w*|build\w*\s+(?:up)?on|improv\w*\s+(?:on|upon)|outperform\w*|surpass\w*|than|over|unlike|beyond)\s+(?:the\s+)?$", re.I)
# "We implemented a Deep Belief Network (DBN) to ...": the paper's own method, named by its acronym
WE_BUILD_ACRONYM = re.compile(r"\b[Ww]e\s+(?:propose|present|introduce|develop|implement|design|build|buil)\w*\s+(?:a|an)\s+(?:novel\s+|new\s+)?"
                              r"(?:[A-Z][\w-]*\s+){1,5}\((?P<acr>[A-Z][A-Za-z0-9-]{1,15})\)")
# "maintain 95% accuracy of BERT", "retaining 97% of its performance": a share of another score, no score
KEEP_BEFORE = re.compile(r"\b(?:maintain|retain|preserv|keep|kept|recover)\w*\s+(?:only\s+|about\s+|over\s+|nearly\s+|up\s+to\s+)?$", re.I)
SHARE_AFTER = re.compile(r"\s*(?:\\?%|percent)\s+of\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:accuracy|performance|quality|scores?)\b")
KEPT_SHARE_AFTER = re.compile(r"\s*(?:\\?%|percent)\s+(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:accuracy|performance|quality|scores?)\s+of\s+"
                              r"(?:the\s+|a\s+)?(?:original|full|teacher|[A-Z])")
# "the upper bound ... is calculated at 19.26 BLEU", "an oracle reaches 71%": not a method's score
BOUND_BEFORE = re.compile(r"\b(?:upper|lower)[- ]bounds?\b|\boracles?\b", re.I)
# "100% success rates in 7/8 tasks": a value holding for a part of what was evaluated
SUBSET_AFTER = re.compile(r"\s*(?:\\?%\s*)?(?:[\w-]+\s+){0,3}?(?:in|on|for|of)\s+\d+\s*(?:/|out\s+of|of)\s*\d+\b")
# "an average AUROC of 98.62% across XSum and Writing Prompts": a value averaged over sets names none of them
ACROSS_AFTER = re.compile(r"\s*(?:\\?%\s*)?[^.;,\d()]{0,40}?\b(?:across|averaged\s+over|on\s+average\s+over)\b"
                          # ("3.8 m across all 35 localization events": trials of the one set, no sets)
                          r"(?!\s+(?:(?:all|the|\d+|[a-z-]+)\s+){0,3}(?:subjects|trials|runs|seeds|events|episodes|participants|users|folds|"
                          r"frames|repetitions|experiments|trajectories|sequences|scenes|objects|pairs)\b)")
# "an error of 0.038 (EPE3D)": an acronym in parentheses right after a value names what it measures
PAREN_ACRONYM_AFTER = re.compile(r"\s*(?:\\?%)?\s*\(\s*(?P<acr>[A-Z][A-Za-z0-9@-]*[A-Z0-9][A-Za-z0-9@-]*)\s*\)")
# "macro-averaged F1", "micro F1": a qualifier before a mentioned metric that changes what it measures
AVERAGING_BEFORE = re.compile(r"\b(?:macro|micro|weighted|sample)(?:[- ]averaged?)?[- ]$", re.I)
# "reaches the best published accuracy of": the sentence's subject scores, it names no earlier result
SCORING_BEFORE = re.compile(r"\b(?:achiev|obtain|reach|attain|set|establish|get|report)\w*\s+(?:[\w-]+\s+){0,3}$", re.I)
# "experts ... reach 65% accuracy", "humans achieve 91%", "(84.7% human accuracy)": people as the system scored
_PEOPLE = r"(?:humans|(?:human\s+)?(?:experts?|non-experts?|annotators?|evaluators?|raters?|validators?|participants?|crowd-?workers?))"
HUMAN_SUBJECT = re.compile(rf"\b(?P<name>(?:(?!(?:the|a|an|and|or|while|but|whereas|that|which|who|only)\b)[a-z-]+\s+){{0,2}}?{_PEOPLE})\b"
                           rf"(?:(?!{_PEOPLE}\b)[^.;%]){{0,80}}?\b(?:achiev\w*|reach\w*|obtain\w*|scor\w*|get\w*|attain\w*)\s+(?:an?\s+|only\s+)?$")
HUMAN_AFTER = re.compile(r"\s*(?:\\?%)?\s+(?:(?P<name>human)\s+(?:accuracy|performance|scores?)\b|(?:[\w-]+\s+){0,2}?(?:in|by|for|from)\s+(?P<who>humans|human(?=\s*[),;])|human\s+(?:experts|annotators|evaluators|raters|participants))\b)", re.I)
# "in comparison to the human accuracy of 88.9%", "experts' rate (": people just before the value
HUMAN_BEFORE = re.compile(r"\b(?P<who>humans?|(?:human\s+)?experts?)(?:'s?|’s?|-level)?(?:(?:\s+[\w-]+){0,2}\s+(?:of|at|is|was)\s*(?:only\s+|just\s+)?|"
                          r"\s+(?:[\w-]+\s+)?(?:accuracy|performance|scores?|rates?)\s*\(\s*)$", re.I)
# "a maximum success rate of only 20%", "peak accuracy of 91%": a hedge on the metric, no firm score
HEDGED_METRIC_BEFORE = re.compile(r"\b(?:maximum|max|peak)\s+(?:[\w-]+\s+){1,3}?(?:of|is|was|at|reaches|reached)\s+(?:only\s+|just\s+)?$", re.I)
# "on the WN18RR dataset, and 37.1% ...": a set noun, then a new list item
SET_THEN_ITEM_GAP = re.compile(r"^\s*(?:(?:data\s?sets?|benchmarks?|corpus|corpora|(?:test|validation)\s+sets?)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\+?$")
# a length, angle or time is measured in a unit: "an average correspondence error of 2.88cm" is a distance, no error rate
PHYSICAL_UNIT = re.compile(r"^(?:mm|cm|m|µm|nm|°|deg(?:rees?)?|ms|dB|N|mN|g|mg|kg|mL|ml|rad|mrad|px|pixels?|(?:milli|centi|micro|nano)?met(?:er|re)s|radians?)$")
# "on the multi-view RGB-D dataset": one set, named by a noun phrase (no recogniser may know it)
OTHER_SET_NOUN = re.compile(r"\b(?:on|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:dataset|database|benchmark|corpus|data\s+set)\b(?!s)", re.I)
# "Like Father, Like Son: Facial Expression Dynamics ...": a short head before a title's colon names the approach
TITLE_HEAD = re.compile(r"^\s*(?P<name>[A-Z][^:?!.]{1,40}?)\s*:\s+\S")
# titles whose head is no method: a dataset, benchmark or study ("X: A Benchmark for ...", "Y: Can Transformers ...?")
TITLE_NOT_METHOD = re.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|challenge|competition|survey|review|study|analysis|"
                              r"evaluation|tutorial|position)\b|\?", re.I)
# a head that is a claim or a topic, not a name: "Revisiting Dilated Convolution", "Decoders Matter for Segmentation"
CLAIM_HEAD = re.compile(r"^(?:[A-Z][a-z]+ing|Towards?|On|When|Why|How|What|Do|Does|Is|Are|Can|Beyond|Learning|Improving)\b|"
                        r"\b(?:for|of|in|on|with|via|from|to|is|are|matters?|makes?|helps?|meets?)\b", re.I)
# a head going on with a lower-case word is a phrase, not a name: "Multiple-gaze geometry", "Robot pebbles", "Deep Dive
# into Faces" (a name is one word or capitalised: "MixupE", "Like Father, Like Son"; "Show and Tell", "Look at Boundary")
PHRASE_HEAD = re.compile(r"\s(?!(?:and|the|then|or|but|nor)\b)[a-z]{3,}\b")
# "the core of the system is a novel RNN and Policy Network (PN)", "a Dataset Alternation Training (DAT) mechanism":
# a part of the paper's system, not the system its results are of
COMPONENT_BEFORE = re.compile(r"\b(?:core|heart|backbone|parts?|components?)\s+of\b[^.;]{0,80}$|\b(?:consists?|composed|comprises?|comprising|consisting)\s+of\b[^.;]{0,80}$", re.I)
# the long form an acronym is defined for, headed by a part's noun: "a Flow Alignment Module (", "Cross-view Fusion blocks ("
COMPONENT_LONG_FORM = re.compile(r"[A-Za-z-]\s+(?:[Mm]odules?|[Bb]locks?|[Ll]ayers?|[Bb]ranch(?:es)?|[Hh]eads?|[Cc]omponents?)\s*\(\s*$")
COMPONENT_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:mechanism|module|block|component|unit|branch|strategy|step|stage)s?\b", re.I)
# "a DSC of 83.4% and an HD95 of 3.83 on the X dataset": metric-value pairs coordinated before one set are all on it
# (a pair names a metric, no verb: "and achieves METEOR scores 0.278 on B" is a new clause)
_PAIR = r"(?:an?\s+|the\s+)?(?:(?!(?:achiev|obtain|reach|attain|get|yield|report|show|outperform|surpass|improv|set)\w*\s)[\w()-]+\s+){1,6}?(?:of\s+|=\s*|:\s*)?\$?\d[\d.]*\$?\s*(?:\\?%)?"
PAIRS_THEN_SET_GAP = re.compile(rf"^\s*(?:\\?%)?(?:\s*(?:,\s*(?:and\s+)?|and\s+){_PAIR})+\s+(?:on|in)\s+(?:the\s+)?$")
# "81.9% mAP and 83.3% mIoU on VOC 2012", "51.2% MRR, 46.8% Hits@1 on WN18RR": values each written before their
# metric, coordinated before one set, are all on it (the metric is one to three words, no function word)
_NOT_METRIC_WORD = r"(?!(?:on|in|and|or|with|for|by|than|over|to|at|of|the|while|whereas|respectively|which|that)\b)"
_AFTER_METRIC = rf"{_NOT_METRIC_WORD}[^\s,;:.()%\d$][^\s,;:()$]*(?:\s+{_NOT_METRIC_WORD}[^\s,;:.()%\d$][^\s,;:()$]*){{0,2}}"
VALUE_PAIRS_THEN_SET_GAP = re.compile(rf"^\s*(?:\\?%)?\s*{_AFTER_METRIC}(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+)?\$?\d[\d.]*\$?\s*(?:\\?%)?\s*{_AFTER_METRIC})+"
                                      r"\s+(?:on|in)\s+(?:the\s+)?$")
# "a reduction in performance decline from 1.5 mAP to 0.3 mAP", "narrows the gap from 10% to 2%": the numbers are differences
GAP_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:gap|difference|margin)s?|(?:reduc|narrow|shrink|clos|decreas|cut|lower|mitigat|halv)\w*\s+(?:in\s+|of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:declines?|drops?|degradation|loss|losses))\s+(?:[\w-]+\s+){0,2}?from\s+\$?(?:\d[\d.,]*\s*(?:\\?%|[\w-]+)?\s*\$?\s+to\s+\$?)?$", re.I)
# "at a low false positive rate of 5%", "recall at IoU 0.1": the operating point another score is read at
AT_OPERATING_POINT_BEFORE = re.compile(
    r"\bat\s+(?:an?\s+|the\s+)?(?:(?:low|high|fixed|given|strict)\s+)?(?:IoU|overlap|precision|recall|(?:false|true)\s+(?:positive|alarm|acceptance|rejection)\s+rates?|"
    r"[FT]PR|FAR)(?:\s+(?:threshold\s+)?(?:of|=|:))?\s*$", re.I)
# "ArcFace-trained", "ResNet-50 backbone", "using X as the backbone": a part of the system, no subject
PART_AFTER = re.compile(r"-(?:based|style|like|[a-z]+ed)\b|\s+(?:backbones?|encoders?|feature[- ]extractors?)\b|\s+as\s+(?:the\s+|a\s+|its\s+)?(?:backbones?|encoders?)\b")
# "21.1% vs 17.6% mAP": two scores compared (a list of two, not a margin)
VERSUS_GAP = re.compile(r"\s*(?:\\?%|points?)?\s*(?:vs\.?|versus)\s*\$?$")
# the subject of a value's clause that is someone else's system: "..., whereas simple fine-tuning achieved 73.4%",
# "general multilingual models struggle ..., achieving 66.91%" (a plural of systems: no paper's own method)
_NOT_OTHER = r"(?!(?:we|our|ours|it|its|this|these|they|their|both|all|the|proposed|the proposed)\b)"
OTHER_SUBJECT = re.compile(
    rf"(?:^\s*|[,;]\s*)(?:whereas|while)\s+(?P<subj>{_NOT_OTHER}[^,;%\d()]{{2,50}}?)\s+(?:\w+ly\s+)?(?:achiev|obtain|reach|scor|attain|get|yield|record)\w*\b"
    rf"|(?:^\s*|[.;:]\s+|\bthat\s+)(?P<many>{_NOT_OTHER}(?:[\w-]+\s+){{0,3}}?(?:models|methods|approaches|baselines|systems|LLMs|algorithms|detectors|classifiers))"
    r"\s+(?!(?:of|on|in|for|with|and|or|to|from|by|that|which|such|as|like|including)\b)[a-z]\w*", re.I)  # then its verb
# "7.1% on LoKITTI": a value, then the set it is on
VALUE_ON_BEFORE = re.compile(r"(?<![\w.-])\d[\d.]*\s*(?:\\?%|points?)?\s+on\s+(?:the\s+)?$")
# "F1-score of 89.51 Recall of 87.50", "(PSNR 51 SSIM 0.998)": a metric heading a value of its own, and the
# tight gap of a metric heading the value after it (no words between but "of", ":" or "=")
_HEADED = r"\s*(?:of|:|=)?\s*\$?[+-]?"
HEADS_VALUE = re.compile(_HEADED + r"\d")
HEADED_GAP = re.compile(_HEADED)
# "0.5 IoU": a number right before a metric (a threshold, not its value)
NUMBER_BEFORE = re.compile(r"(?<![\w-])\d[\d.]*\s*$")
# "13.36% 9.96% and 1.01%" in an abstract that lost its commas: bare values side by side ending in "and <value>"
COMMA_LESS_LIST_AFTER = re.compile(r"(?:\s*(?:\\?%)?\s+\+?\d+(?:\.\d+)?)*\s*(?:\\?%)?\s+(?:and|or)\s+\+?\d")
# "outperforms MAE by 0.2%", "compared to MAE-CLIP": what a sentence compares against is a system
COMPARED_SYSTEM_BEFORE = re.compile(r"\b(?:outperform\w*|surpass\w*|beats?|beating|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?$", re.I)
# "being 3x faster (100 FPS)": a clause, no system's name, before a parenthesised value
NOT_SYSTEM_NAME = re.compile(r"^(?:being|is|are|was|were|while|which)\b|(?<![\w.-])\d+(?:\.\d+)?x?(?![\w.-])", re.I)
# "object detection (52.8 AP on COCO)": a value in parentheses with its metric and set is a task's result, not a compared system's
SET_IN_PAREN = re.compile(r"[^()]{0,30}?\s(?:on|in)\s+(?:the\s+)?[A-Z][^()]{0,30}\)")
# "by margins of 4.8% mAP 5.4% AP50 and 3.9% mIoU" in an abstract that lost its commas: a metric, then the list's next value
COMMA_LESS_ITEM_GAP = re.compile(r"\s*(?:\\?%)?\s*[\w@.^-]+\s+(?:and\s+)?\+?")
# "our method EAFormer outperforms", "our framework, called FooNet,": the paper's own method as the sentence writes it
OWN_WRITTEN = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|network|system|architecture|algorithm|detector|tracker)"
                         r",?\s+(?:\(|(?:called|named|dubbed|termed)\s+)?(?P<name>[A-Z][\w-]*?[A-Z0-9][\w-]*)(?![\w-])")
# "improve accuracy and F score by 10%", "precision and recall of 95%": a value written once after coordinated metrics
SHARED_VALUE_GAP = re.compile(r"\s+(?:scores?\s+)?(?:by|of)\s+\$?")
# "on our novel dataset", "on the proposed benchmark": the set the paper introduces, as it refers to it
OWN_SET = re.compile(r"\b(?:[Oo]ur|the\s+(?:newly\s+)?(?:proposed|introduced|collected|presented))\s+(?!training\b|own\s+data\b)"
                     r"(?:(?!training\b)[\w-]+\s+){0,2}?(?:dataset|data\s?set|benchmark|corpus|database)\b(?!s)")
# "95.4% and 93% on household and adversarial objects, respectively": the list the values pair with is
# written after them (not "on both datasets, respectively", which are sets named before)
OWN_PAIRED_LIST = re.compile(r"[^.;]{0,40}?\b(?:on|for|in|with|across|using)\s+(?:the\s+)?(?!(?:these|those|both|two|all|the\s+two)\b)"
                             r"[^,.;\d]{1,50}?\s+and\s+[^,.;\d]{1,50}?,?\s+respectively\b", re.I)
# "top-1 and top-5 error rates of 39.7% and 18.9%": between a list of metrics and the list of values it names
LIST_OF_GAP = re.compile(r"\s*(?:scores?\s+|values?\s+)?(?:of|are|were|:)\s*\$?")
# "FID 42.17, ... respectively on Flower, Animal Faces, and VGGFace": the sentence names the sets its values are on
RESPECTIVELY_ON_NAMES = re.compile(r"\brespectively,?\s+(?:on|in|for)\s+(?:the\s+)?[A-Z]")
# "the L 2 error": a letter and a digit are a name
LETTER_BEFORE = re.compile(r"(?<![\w.])[A-Z]\s$|\b[Tt]ype\s$")  # "the L 2 error", "type 1 error": a name
# "the KITTI dataset [2]": a set noun right before a citation
SET_NOUN_BEFORE = re.compile(r"\b(?:dataset|data set|benchmark|database|corpus|challenge)s?\s*$", re.I)
# "reducing the number of clicks to achieve 85% and 90% IoU": a count needed to reach a level, which is no score
COUNT_TO_REACH_BEFORE = re.compile(r"\b(?:clicks|steps|iterations|epochs|queries|samples|trials|episodes|demonstrations|labels|annotations|examples|"
                                   r"rounds|updates)\s+(?:(?:needed|required)\s+)?to\s+(?:achieve|reach|obtain|attain)(?:\s+an?)?\s*$", re.I)
OWN_SET_WORD = re.compile(r"\b(?:[Oo]ur|proposed|introduced|collected|presented)\b")  # a cheap test before OWN_SET
# "For comparison, a phrase-based SMT system achieves 33.3": an unnamed system of others, no method of the paper's
INDEFINITE_SUBJECT = re.compile(r"(?:^\s*|[.;:,]\s*)(?:an?)\s+(?!(?:novel|new|proposed|unified|single)\b)(?:[\w-]+\s+){0,3}?"
                                r"(?:model|method|approach|baseline|system|algorithm|detector|classifier|network|pipeline|technique|framework|architecture)\s+(?:(?:can|could|only|still|also|\w+ly)\s+){0,3}"
                                r"(?:achiev|obtain|reach|scor|attain|gets?\b|yield)\w*", re.I)
# a time is never a percent-scale score ("with 1 ms temporal precision": a resolution)
TIME_UNIT = re.compile(r"^(?:ms|s|sec|µs|us|ns|min|h)$")
# "..., and Hausdorff scores improving by 11.13%": a capitalised name heading "scores" names a measure no recogniser knows
OTHER_SCORE_NAMED = re.compile(r"\b[A-Z][\w-]*\s+(?:scores|distances)\b")
# "achieving a 72.9%", "reaches only 41%": a verb scoring the value after it
SCORED_BEFORE = re.compile(r"\b(?:achiev|obtain|reach|attain|scor|yield|record|deliver)\w*\s+(?:an?\s+|the\s+|only\s+)?$", re.I)
# "the testing accuracy for the suturing task based on our method is 87.13%": a copula after the metric states its score
# (not "the maximum contribution of error ... is 2.52%", "the average of APs ... is 96%" is)
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|becomes|became)\s+(?:only\s+|just\s+)?$", re.I)
HEDGED_BETWEEN = re.compile(r"\b(?:maximum|minimum|max|min|peak|upper|lower|best[- ]case|worst[- ]case)\b|[;:]", re.I)
# "the recognition rate is 92%, the attention direction rate is 90%": a measure of its own named between the metric and the value
# ("the accuracy on the 5 rarest classes is 30%": a number between names a subset)
OTHER_MEASURE_BETWEEN = re.compile(r"\b(?:rates?|ratios?|scores?|proportions?|percentages?)\b|(?<![\w.-])\d", re.I)
# between two values of one list: "27.3% on WSJ with no prior information, 21.9% with a lexicon, and 8.2%"
LIST_ITEM_GAP = re.compile(r"\s*(?:\\?%)?[^;:()%\d]{0,100}(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "reducing model training time by 19.82%", "improves by 60% in segmentation", "with 1% higher computational cost": a change of
# what the words name (the sentence's metric if it is among them, else another quantity)
# ("reduced the completion time (by 59%", "the printing resolution finer by 30%")
CHANGED_OBJECT_BEFORE = re.compile(r"(?:\b(?:reduc|improv|increas|decreas|cut|lower|rais|boost|accelerat|shorten|sav|speed)\w*\s+(?P<what>(?:[\w-]+\s+){1,8}?)"
                                   r"|(?P<subject>(?:[\w-]+\s+){1,3}?)(?:higher|lower|finer|coarser|better|worse|faster|slower|smaller|larger|shorter|longer)\s+)\(?\s*by\s+$", re.I)
CHANGED_OBJECT_AFTER = re.compile(r"\s*(?:\\?%)?\s+(?:(?:higher|lower|more|less|fewer|greater|smaller|larger|better|worse)[\s-]+(?!than\b)(?P<what>[a-z][\w-]*)|in\s+(?P<where>[a-z][\w-]*)"
                                  # "21% gain on REL": an acronym no recogniser knows, named as what gained
                                  r"|(?:gains?|improvements?|increases?|reductions?|boosts?)\s+(?:on|in)\s+(?P<acr>[A-Z][A-Za-z]*[A-Z]\b))")
# "AP^r at 0.5 IoU", "mAP@0.5": a measure read at a threshold
AT_NUMBER_BEFORE = re.compile(r"(?:\bat|@|=)\s*\d[\d.]*\s*$")
# "a minimal accuracy drop (1%)", "loses 2%": a degradation, which the gold keeps doubtful
DROP_NEAR_BEFORE = re.compile(r"\b(?:drops?|loss(?:es)?|los(?:e|es|ing|t)|degrad\w*|declin\w*|sacrific\w*)\W{0,4}(?:[\w-]+\W{1,3}){0,2}$", re.I)
DROP_NEAR_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:[\w-]+\s+){0,2}(?:drops?|loss|degradation|decline)\b", re.I)
# "(representing an absolute improvement of 2.7%)": the value said again in other terms
RESTATED_BEFORE = re.compile(r"\(\s*(?:representing|i\.e\.|that is|or|which|corresponding|equivalent)\b[^()]*$", re.I)
# "the velocity and the accuracy", "distance, speed and accuracy": a metric named last in a list of measures
MEASURES_LISTED_BEFORE = re.compile(r"(?:[a-z]\s+and|,)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|(?![\w-]*ing\b)[\w-]+\s+)?$")
# "... by 40% while maintaining accuracy", "without sacrificing the effectiveness of the accuracy": a measure kept, not changed
# ("whilst achieving similar localization accuracy", "without a significant decrease in localization accuracy")
KEPT_METRIC_BEFORE = re.compile(r"\b(?:while|without|whilst|and)\s+(?:\w+ly\s+)?(?:(?:keep|maintain|preserv|retain|sacrific|los|compromis|hurt|degrad|affect|harm|sustain)\w*|"
                                r"(?:achiev|obtain|reach|attain)\w*\s+(?:an?\s+|the\s+)?(?:similar|comparable|same|equal|competitive)|"
                                r"(?:an?\s+|any\s+)?(?:(?:significant|noticeable|notable|much|large|major|substantial)\s+)?(?:decrease|drop|loss|degradation|reduction)s?(?:\s+(?:in|of))?)"
                                r"\s+(?:[\w-]+\s+){0,5}$", re.I)
# "on the accuracy and fluency metrics, respectively": a metric named first in a list of measures
# ("the average error and execution time are reduced by 63.6% and 28.5%, respectively")
MEASURES_LISTED_AFTER = re.compile(r"\s*(?:,|\band\b)\s*(?:the\s+)?(?:[a-zA-Z][\w-]*\s+){0,2}[a-zA-Z][\w-]*(?:\s+(?:metrics|measures|scores))?\s*"
                                   r"(?:,|respectively|$|\b(?:are|were|is|was|reduced|improved|increased|decreased)\b)")
# "(+1.9%)", "($\\uparrow$ 3.1)": a gain in parentheses after a score (a loss, "(-1.9%)", is not read here)
SIGNED_ASIDE = re.compile(r"\s*\(\s*\$?(?:\+|↑|\\uparrow)\$?\s*\d[\d.]*\s*(?:\\?%|points?|pp)?\s*\)")
# "a winning FEVER score of 73.96%", "the GLUE score": a benchmark's acronym heading "score" names its official score
ACRONYM_SCORE_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{2,}[a-z]?)\s+$")
# a change of the paper's method naming no measure: "RCO improves knowledge distillation by", "outperforms the
# baselines by" (an increase only: a reduction of what names no measure is mostly a cost) ...
UNNAMED_CHANGE_BEFORE = re.compile(r"\b(?:improv|boost|outperform|surpass|exceed)\w*\b[^.;%\d()]{0,60}?\bby\s+(?:an?\s+)?(?:average\s+(?:of\s+)?)?(?=\$?\d)", re.I)
# ... the values it is by: "2.14% and 1.5%", "2.1%, 3.4% and 1.0%"
UNNAMED_CHANGE_LIST = re.compile(r"\$?\d[\d.]*\$?\s*\\?%(?:\s*(?:,\s*(?:and\s+)?|and\s+)\$?\d[\d.]*\$?\s*\\?%)*")
# ... unless the sentence speaks of a cost or another quantity
UNNAMED_CHANGE_COST = re.compile(r"\b(?:time|speed\w*|faster|slower|memory|FLOPs|param\w*|latency|energy|size|cost|throughput|compress\w*|runtime|"
                                 r"storage|bandwidth|power|data|samples?|labels?|annotations?|efficien\w*|converg\w*|quer(?:y|ies)|steps|iterations|epochs|"
                                 r"computation\w*|resources?|fps|frames|rewards?|returns?|profits?|revenue|utility|error|loss)\b", re.I)
# ... or names what changed after the value: "by 39% in depth prediction", "by 32.6% in Local Distortion", "by 30% IoU_thin"
UNNAMED_ASPECT_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:(?:in|of|for)\s+(?!(?:all|both|each|average|most)\b)|[A-Za-z][\w-]*[_^@A-Z])")
# ... or as a gain the value heads: "a 0.7% improvement on CIFAR-100-C", "2.1% gains over X" (the value's span)
UNNAMED_GAIN = re.compile(r"(?<![\w.])\d[\d.]*\s*\\?%(?=\s+(?:absolute\s+|relative\s+)?(?:improvement|gain|boost|increase)s?\s+(?:on|over|across|against|compared)\b)")
# "an accuracy of 90% and more", "95% or higher": a level reached at least, hedged like "over 90%"
HEDGE_AFTER = re.compile(r"^\s*(?:and|or)\s+(?:more|higher|above|better|greater|beyond)\b(?!\s+than)", re.I)
# "exceeding the previous SOTA 0.19dB": a margin written right after the compared state of the art, no "by"
MARGIN_AFTER_COMPARED = re.compile(r"\b(?:exceed|surpass|outperform|beat)(?:s|ed|ing)?\s+(?:the\s+)?(?:previous\s+|prior\s+|current\s+|existing\s+)?"
                                   r"(?:SOTA|state[- ]of[- ]the[- ]art|best|baselines?)(?:\s+(?:methods?|models?|results?|approach(?:es)?))?\s+\$?$", re.I)

# "achieving an average factuality score of 0.915", "reaching a rank correlation of 0.64": a lower-case measure
# named by its modifiers before "score" or "correlation", a value stated of it right after; the modifiers must
# describe a measure, not judge or place the score ("a high score of", "the final score of", "a z score")
_SCORE_MODIFIER = r"(?!(?:and|or|of|the|a|an|for|with|on|in|to|by|at|its|their|our|this|that|such|same|similar|new|final|total|" \
    r"high|higher|highest|low|lower|lowest|best|better|good|great|top|max|maximum|min|minimum|median|raw|normalized|" \
    r"winning|perfect|competitive|promising|remarkable|impressive|respectable|excellent|strong|state-of-the-art|optimal|" \
    r"average|mean|overall|test|validation|risk|confidence|threshold|cutoff|cut-off|baseline|initial)\b)[a-z][a-z-]{2,}"
MODIFIED_HEAD = re.compile(rf"\b(?:an?|the|its|their|our)\s+(?:(?:average|mean|overall)\s+)?(?P<name>(?:{_SCORE_MODIFIER}\s+){{1,2}}"
                           r"(?:score|correlation))(?=\s*(?:of|:|=)\s*\$?\d)")
