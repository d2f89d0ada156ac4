"""The result patterns several modules share, and those of method credit and the paper's own name.

Shared: values and their units (:data:`VALUE`, :data:`UNIT`, :data:`SPREAD`, :data:`PHYSICAL_UNIT`), metric
words (:data:`GENERIC_METRIC`, :data:`GENERIC_HEAD`), changes "from A to B" (:data:`FROM_TO`, the change start),
"respectively" and a digit test. Credit: what :mod:`kg.extract.result_credit` reads to tell whom a value is
(our / compared / written subjects, baselines, hosts, backbones, components, people); names: what
:mod:`kg.extract.result_names` reads for the paper's own name (quoted and "called" names, title heads).
The patterns of one question are in modules of their own, each naming its readers (the module of that question
and :mod:`kg.extract.results`): :mod:`kg.extract.result_score_patterns` (is a number a score, absolute or a
change), :mod:`kg.extract.result_metric_patterns` (which metric a value is in) and
:mod:`kg.extract.result_set_patterns` (which dataset). Each pattern says what it catches."""

from __future__ import annotations

import re
from typing import Final

#: Metric words the guidelines do not list as named metrics but a leaderboard needs.
# (qualifiers include "Q8"/"Q3": the 8- and 3-state accuracy of protein secondary structure prediction)
GENERIC_METRIC: Final = re.compile(
    r"(?<![\w-])(?:(?:top-?\d{1,3}|Q[38]|overall|average|mean|balanced|test|validation|classification|verification|retrieval|certified|robust|adversarial|zero-shot|few-shot|"
    r"linear[- ]probe?|exact[- ]match|word|character|label|pixel|frame|instance|attack|policy|task|joint(?: goal)?|execution|"
    r"(?:macro|micro|weighted)(?:[- ]averaged)?[- ]?|(?-i:[a-z]{3,}(?:tion|sion))(?=\s+(?:accuracy|success rate|F1|precision|recall|rates?\b)))\s*){0,2}"  # "top-5 validation error", "recognition accuracy"
    r"(?:accuracy|accuracies|perplexit(?:y|ies)|top-?\d{1,2}-errors?|(?:Spearman|Pearson|Kendall)(?:'s)?(?:\s+(?:rank\s+)?correlation)?(?:\s+(?:coefficient|rho|tau|ρ|τ))?|error[- ]rates?|errors?|success rates?|(?:failure|miss) rates?|F(?:1|0\.5)(?:[- ]scores?)?|F2[- ]?(?:scores?|measure)|F[- ]scores?|F-?measure|precision|recall(?: rates?(?!\s+of\s+(?:the|its|their)\b))?|AU(?:C|ROC|PRC?|PRO)|"
    r"(?:false|true) (?:positive|negative) rates?|win(?:ning)? rates?|pass rates?|hit[- ]rates?|(?:(?<=recognition )|(?<=detection )|(?<=identification )|(?<=classification )|(?<=prediction ))rates?|score|"
    r"(?:(?<=\d%\s)|(?<=\d\s%\s)|(?<=\d%\sdetection\s)|(?<=\d\s%\sdetection\s))(?:sensitivity|specificity)|(?<=task )success)(?![\w-])",  # "recognition rate"; "98% detection sensitivity", "77% specificity", "76.9% task success"
    re.I,
)
# "accura|error|rate|F1|F0\.5|F2[- ]?measure|F-?measure|precision|perplexit|recall|AU(?:C|ROC|PR)|score|Spearman|Pearson|Kendall"
# in any case, led by the characters that case-insensitively begin one ("\u017f" is an "s", "\u212a" a
# "k"): a case-insensitive alternation gives the engine no first character to skip to (twice the cost).
GENERIC_HEAD: Final = re.compile(
    r"[aAeErRfFpPsSkK\u017f\u212a](?i:(?<=a)(?:ccura|u(?:c|roc|pr))|(?<=e)rror|(?<=r)(?:ate|ecall)|(?<=f)(?:1|0\.5|2[- ]?measure|-?measure|[- ]score)"
    r"|(?<=p)(?:recision|earson|erplexit)|(?<=s)(?:core|pearman|pecificit|ensitivit|uccess)|(?<=k)endall)"
)
NUM: Final = r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"  # ".673" too
# (a robot's errors in the units of what it measures: "a contact force error of 0.0117N", "a pouring error of 16.4 mL")
# (lengths written out, "2.16 millimeters", "0.8 meters": the written unit, as the results README keeps it)
# "86.1 pixel accuracy", "75% pixel-wise accuracy": "pixel" opens the name of a metric, no unit of the number
_PIXEL_METRIC: Final = r"(?:[\s-]+(?:wise|level|based))?[\s-]+(?:accurac(?:y|ies)|acc\b|precision|recall|AP\b|m?IoU|F1|F-?scores?|F-?measure)"
UNIT: Final = r"(?:\s?(?P<unit>\\?%|\$\\?%\$|percent(?:age points?)?\b|pp\b|pts\b|points?\b|dB\b|ms\b|mm\b|cm\b|m\b|µm\b|nm\b|°|deg(?:rees?)?\b|N\b(?!-)|mN\b|g\b(?!-)|mg\b|kg\b|mL\b|ml\b|rad\b|mrad\b|px\b|pixels?\b(?!" + _PIXEL_METRIC + ")|" \
    r"(?:milli|centi|micro|nano)?met(?:er|re)s\b|radians?\b|[x×](?![\w])|times(?=\s+(?:higher|better|greater|lower|that\s+of)\b)))?"
VALUE: Final = re.compile(NUM + UNIT)
# The unit a gap after a value may open with, before the words that follow it ("84.1% top-1 accuracy", "by 16.2 pts
# higher", "3.1 points than X"): one list for the gap patterns of result_metric_patterns and result_score_patterns.
GAP_UNIT: Final = r"(?:%|points?|pts|pp|percent)?"
# "88 ± 5 %", "11.3$\\pm$9.5\\% EER", "0.427 +/- 0.229 m": the spread written after a mean, with the unit both share
SPREAD: Final = re.compile(r"(?<=\d)\s*\$?\s*(?:±|\\pm|\+/-|\+-)\s*\$?\s*\d+(?:\.\d+)?\s*\$?" + UNIT.replace("?P<unit>", "?P<spread_unit>"))
# Numbers of other quantities: "1.2M parameters", "3x faster", "10K images", "2019", "Table 3".
OTHER_QUANTITY_AFTER: Final = re.compile(
    r"^(?:\s*[*×x]\s*\d|-?bits?\b|-(?:shot|way|layer|head|dimensional|d\b|D\b|step|stage|class|fold|gram|hop|frame|second|minute|hour|day|year)s?\b|"
    r"\s*(?:px|pixels?(?!" + _PIXEL_METRIC + ")|resolution|dimensions?|bits?)\b)|"
    r"^\s*\$?\s*(?:\\mu\s*\$?\s*|[µμmn])J\b|"  # "0.408 $\mu$J per image": an energy
    r"^\s*(?:[KMBkmb]\b|million|billion|thousand|parameters|params|layers|images|videos|samples|examples|"
    r"hours|days|epochs|steps|times|GPUs?|tokens|words|sentences|languages|classes|categories|subjects|"
    r"participants|users|papers|tasks|datasets|benchmarks|models|frames|seconds|minutes|[x×]\s*(?:faster|speed|less|fewer|more|smaller))|"
    # a speed-up or a cut of the model's cost, not a score (the results README leaves both out): "a 28% faster
    # perplexity reduction", "with 30% reduction of channels", "30% fewer FLOPs"
    r"^\s*(?:faster|quicker|speed-?ups?)\b|^\s*(?:(?:reduction|decrease|cut|saving)s?\s+(?:of|in)\s+(?:the\s+)?(?:number\s+of\s+)?|"
    r"(?:fewer|less)\s+)(?:channels|parameters|params|FLOPs|MACs|weights|filters|neurons|memory|computation|compute|model size|storage)\b",
    re.I,
)
OUR: Final = re.compile(
    r"\b(?:we|our|ours|the proposed|this (?:model|method|approach|framework|system|work|paper)|"
    r"proposed (?:model|method|approach|framework|system))\b",
    re.I,
)
COMPARED: Final = re.compile(
    r"(?:\b(?:than|over|compar(?:ed|ing) (?:to|with)|in comparison (?:to|with)|(?:superior|inferior) to|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|exceed\w*|against|relative to|"
    r"improv(?:es|ed|ing|e)|boost(?:s|ed|ing)?|enhanc(?:es|ed|ing|e)|rais(?:es|ed|ing|e)|lift(?:s|ed|ing)?|reduc(?:es|ed|ing|e))|"  # "reducing the CNN error by 12%"
    r"\b(?:increas|improv|reduc|boost|lower|rais)\w*\s+(?:the\s+)?[\w@ -]{0,30}?\s+of|"  # "the pass@1 accuracy of"
    r"\b(?:G?FLOPs|MACs|param(?:eter)?s|memory|computation|cost)\s+(?:of|than))\s+(?:the\s+)?"  # "uses 43% GFLOPs of MViT-B but achieves"
    r"(?:(?-i:[a-z0-9][\w-]*\s+){0,2}|(?:[\w-]+\s+){1,4}\(\s*|"  # "compared to single-question MRC (NER-SQMRC)"
    r"(?-i:[a-z0-9][\w-]*\s+){0,3}(?:method|model|approach|baseline|system)s?\s+(?:of\s+)?)$|"  # "outperforms the recent open-vocabulary method of LSeg"
    # "outperforming the state-of-the-art model, OpenVLA": in apposition after a verb of comparison ("Compared to previous
    # baselines, HDAE achieves": the clause's subject)
    r"\b(?:outperform\w*|surpass\w*|beat\w*|than|over)\s+(?:the\s+)?(?-i:[a-z0-9][\w-]*\s+){0,3}(?:method|model|approach|baseline|system),\s+$", re.I)
# "By simply using DY-ReLU for MobileNetV2, the top-1 accuracy is boosted from 72.0% to 76.2%", "applying our method to
# BERT", "introducing our module in YOLOv4-tiny", "We also adopt Guided Anchoring in Fast R-CNN": the named system the
# paper's method is put in, which is the baseline
HOSTED_BEFORE: Final = re.compile(r"\b(?:using|applying|adding|plugging|inserting|introducing|incorporating|integrating|equipping|employing|adopt\w*)\s+"
                           r"(?:[\w-]+\s+){1,5}?(?:to|for|in|into|on)\s+(?:the\s+|an?\s+)?$", re.I)
COMPARED_LIST: Final = re.compile(
    r"\b(?:than|over|compared (?:to|with)|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|against|baselines?)\b[^.;]{0,50}?"
    r"\b(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely)\s+(?:[^.;]{0,60}?(?:,|\band\b|\bor\b)\s+)?(?:[A-Z][\w-]*\s+)?$", re.I)
WRITTEN_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=\b[Tt]he\s)|(?<=\. )|(?<=\bwhereas\s)|(?<=\bwhile\s)|(?<=\bthat\s))(?!(?:The|A|An|This|These|Our|Its|Their)\s)(?P<name>(?:[A-Z][\w.+-]*\s+){0,2}[A-Z][\w.+-]*)\s+"
    r"(?:\([^()]{1,20}\)\s+)?(?:(?:model|network|method|system|approach|framework|classifier|agent|policy|detector|architecture)\s+)?"  # "The RFC model achieves"
    r"(?:achieves|achieved|obtains|obtained|reaches|reached|attains|attained|scores(?!\s+of\b)|scored|sets|establishes|yields|gets|records|"
    r"improves|improved|outperforms|outperformed|surpasses|surpassed|demonstrates|shows|delivers|gains|gained|"
    r"(?:can|could)\s+(?:(?:further|also|still|not\s+only)\s+)?(?:achieve|obtain|reach|attain))\b")  # "TinyViT can reach 86.5%"
# "our 2-bit MobileNet-v2", "our quantized ResNet-18": the paper's method applied to a named architecture
# "our 2-bit MobileNet-v2 offers"; "the superiority of our method, e.g., the pre-trained ViT-B achieves": an example of the
# paper's method is an architecture it was applied to
OUR_VARIANT_BEFORE: Final = re.compile(r"\b[Oo]ur\s+(?:(?!and\b|or\b|with\b)[\w.-]+\s+){0,2}$|"
                                r"\b[Oo]ur\s+(?:method|approach|framework|model|technique)s?\s*,?\s*\(?(?:e\.g\.|for example|for instance),?\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+)?$")
SCORING_VERB: Final = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:achieves|achieved|obtains|obtained|reaches|reached|attains|scores|"
                           r"sets|establishes|yields|outperforms|outperformed|surpasses|improves|improved)\b")
BASELINE_VALUE: Final = re.compile(
    r"(?:\bthan|\bshort of|\bcompared (?:to|with)|\bcomparable (?:to|with)|\bon par with|\bversus|\bvs\.?|\bagainst)\s+(?:e\.g\.,?\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w’'-]+\s+){0,2}\(?\s*[+$]*\s*$", re.I)  # "compared to e.g., Operator’s 23.4%"
PREVIOUS_BEST: Final = re.compile(
    r"(?:\b(?:baselines?|prior work|previous methods?|state[- ]of[- ]the[- ]art|SOTA)\s*\((?:e\.g\.,?|i\.e\.,?)?\s*|"
    r"\b(?:human|humans'?|expert|random|chance)(?:\s+[\w-]+){0,2}\s+(?:of|at|is|was)\s*(?:only\s+|just\s+)?|"
    r"\b(?:vs\.?|versus)\s+[^,;()]{0,40}|\bprior art (?:has|had|achieves|achieved|gets|reaches)\s*|"
    r"\b(?:previous|prior|baseline'?s?|existing|original|reported|published)\s+(?:best\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:of|is|was|at)\s*|"
    r"\b(?:best|previous|prior)\s+(?:published|reported|known)\s+(?:results?|scores?|performance)(?:\s+(?:for|on)\s+(?:the\s+)?[\w.-]+)?\s*\(\s*)$", re.I)
OTHERS_WORK: Final = re.compile(r"\b(?:prior|previous|existing|earlier|past|related) (?:works?|studies|methods|approaches)\b|\[\d+(?:,\s*\d+)*\]|"
                         r"\(?[A-Z][\w-]+(?: and [A-Z][\w-]+)? et al\.?,? \(?\d{4}\)?", re.I)  # "(Leal et al., 2018)"
NOT_NAMES: Final = frozenset("our we it this these that the our their its experiments results overall finally moreover furthermore "
                       "additionally specifically notably in on with when as compared extensive further also".split())
RESPECTIVELY: Final = re.compile(r"\b(?:respectively|correspondingly)\b", re.I)  # ("78.2% and 73.9% correspondingly")
DIGIT: Final = re.compile(r"\d")  # a regex scan is ~20x faster than a generator over the characters
# "from 71.0% to 75.9%", also with the metric written after the start ("from 71.0% F1 to 75.9%")
# "from 88% accuracy to 95% accuracy": a metric word written after the start of a change
_CHANGE_METRIC: Final = r"(?:accuracy|error(?:\s+rate)?|success\s+rate|precision|recall|perplexity)\s+"
FROM_TO: Final = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+|(?:nearly|almost|about|around|roughly|approximately)\s+)?\$?\d[\d.,]*\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*"
                     r"(?:[a-z]?[A-Z][\w@-]*\s+|" + _CHANGE_METRIC + r")?to\s*\$?\s*$")
# the start of such a change, read from the value's two sides: "from $13.03$ to $9.01$", "from 71.0% F1 to 75.9%"
# "improves RetinaNet with ResNet-50 from 36.2% to 39.0%", "increasing X's success rate from 20% to 93%", "boost the
# performance of R101-Mask R-CNN from": a named system a change verb takes as its object, before the change's "from"
CHANGED_OBJECT_VERB: Final = re.compile(r"\b(?:improv|boost|increas|rais|lift|push|enhanc|reduc|lower|decreas|help)\w*\s+(?:the\s+)?"
                                 r"(?:(?:[\w@-]+\s+){1,4}?(?:of|for)\s+(?:the\s+)?)?(?:[\w.]+-)?$", re.I)
# between that system and "from": its configuration ("with ResNet-50 under 2x training", "'s top-1 accuracy on X"), no value
CHANGED_OBJECT_GAP: Final = re.compile(r"^(?:['’]s)?[^;:%()]{0,70}?\s+$")
# a later item of a list of such changes: "..., RetinaNet with ResNet-50 backbone from 37.4 to 41.0"
CHANGE_ITEM_BEFORE: Final = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)$")
CHANGE_START_BEFORE: Final = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+)?\$?$")
CHANGE_START_AFTER: Final = re.compile(r"\$?\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*(?:[a-z]?[A-Z][\w@-]*\s+|" + _CHANGE_METRIC + r")?to\s*\$?\s*\d")
COORD_GAP: Final = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|vs\.?\s+)\+?$")
# "can be accelerated", "are compressed", "is improved": the subject undergoes the change
PASSIVE: Final = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
# "increase the accuracy of A by 1.3% and B by 0.9%": B is improved like A
# ("improves the mAP of YOLOv2 by 3.8% and mAP of YOLOv3 by 2.2%": the metric written again before the next system)
# ("outperforms LightGBM by 10.2% (up to 37.7%), and Random Forests by 3%": an aside in parentheses may follow the margin)
CHAINED_BY_GAP: Final = re.compile(r"^\s+(?:on\s+[\w.-]+\s+)?by\s+\d[\d.]*\s*(?:%|points?)?\s*(?:points?\s*)?(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)"
                            r"(?:(?:the\s+|its\s+)?[\w@-]+(?:\s+[\w@-]+)?\s+of\s+)?$")
# "RetinaNet with ResNet50", "using a VGG-16": a backbone the credited method runs on
# ("we obtain 80.1% Top-1 accuracy on ResNet-50", "an ASR of 74% on the Llama-2", "a framework that fine-tunes PaLM 2",
# "Leveraging GPT-4-Turbo, NüshuRescue achieved": a system the paper's method runs on, no subject)
BACKBONE_BEFORE: Final = re.compile(r"\b(?:with|using|uses?|based on|on top of|upon|applied to|on|leverag\w*|fine-?tun\w*|prun(?:ing|es|e)|quantiz(?:ing|es|e))\s+"
                             r"(?:the\s+|a\s+|an\s+)?(?-i:[a-z][\w-]*\s+){0,2}(?:(?:model|network|architecture)s?\s+of\s+)?$", re.I)
# 'We refer to this branched architecture as "coupled ensembles"', 'which we call "Foo"': the paper's own name
QUOTED_OWN_NAME: Final = re.compile(r"\b(?:we|which we)\s+(?:call|term|name|dub|coin|refer to)\s+(?:(?:this|it|them|our|these)\b(?P<what>[\w\s-]{0,40}?)\s+)?"
                             r"(?:as\s+)?[\"“](?P<name>[^\"”.,;]{2,40})[\"”]", re.I)
# "we propose a novel learning method for image classification called Between-Class learning (BC learning)",
# "a general fine-tuning method that we call information gain filtration for ...": the paper's own method named
# unquoted right after the method noun it presents (a name in capitals, or a lower-case phrase of 2-4 words; after a
# for/of/to phrase only a name in capitals: "a model for the segmentation of regions called salient parts" names the regions)
OWN_CALLED: Final = re.compile(r"\b(?:[Ww]e\s+(?:propose|present|introduce|develop|design|buil)\w*\s+(?:(?:a|an)\s+)?|[Oo]ur\s+)(?:[\w-]+\s+){0,3}?"
                        r"(?:method|approach|framework|model|network|architecture|algorithm|technique|scheme|system)"
                        r"(?P<of>\s+(?:for|of|to)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:(?:that|which)\s+we\s+(?:call|term|name|dub)|called|named|dubbed|termed)\s+"
                        r"(?P<name>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?|(?(of)(?!)|[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}?))"
                        r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9-]*(?:\s+[a-z][\w-]*)?)\))?(?=\s*[,.;:(]|\s+(?:for|to|that|which|with|in|on|by|and|as|is)\b)")
# what a quoted name must name to be the paper's method, when it is written in lower case
METHOD_NOUN: Final = re.compile(r"\b(?:architectures?|models?|methods?|approach(?:es)?|frameworks?|networks?|systems?|algorithms?|techniques?)\s*$", re.I)
# "it achieves", "it also outperforms": a pronoun as the subject of a scoring verb
IT_SCORES: Final = re.compile(r"\bit\s+(?:also\s+)?(?:achieves|obtains|reaches|attains|outperforms|surpasses|improves|sets|yields|matches)\b")
# "a task called Learning from Label Proportions (", "the problem of ...": a task's name, not a method's
TASK_NAMED_BEFORE: Final = re.compile(r"\b(?:task|problem|setting)\s+(?:called|named|termed|known as|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}\(?\s*$", re.I)
# "outperforms existing detectors (77.9%) and human recognition (53.3%)": the score of the name before it
COMPARED_NAME_PAREN: Final = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|than|over|compared (?:to|with))\s(?:(?:[^.;:]|\.(?=\d))*?\s)??"
                                 r"(?:the\s+)?(?P<name>(?:(?!(?:and|or|the|of|to|in|on|at|for|with|by|from|as|like|including)\b)[\w+-]+\s+){0,2}[\w+-]+)\s*\(\s*$", re.I)
# "the tool extends existing work by ...", "unlike prior methods": others' work the paper goes beyond, not credited
BEYOND_BEFORE: Final = re.compile(r"\b(?:extend\w*|build\w*\s+(?:up)?on|improv\w*\s+(?:on|upon)|outperform\w*|surpass\w*|than|over|unlike|beyond)\s+(?:the\s+)?$", re.I)
# "We implemented a Deep Belief Network (DBN) to ...": the paper's own method, named by its acronym
WE_BUILD_ACRONYM: Final = re.compile(r"\b[Ww]e\s+(?:propose|present|introduce|develop|implement|design|build|buil)\w*\s+(?:a|an)\s+(?:novel\s+|new\s+)?"
                              r"(?:[A-Z][\w-]*\s+){1,5}\((?P<acr>[A-Z][A-Za-z0-9-]{1,15})\)")
# "reaches the best published accuracy of": the sentence's subject scores, it names no earlier result
SCORING_BEFORE: Final = re.compile(r"\b(?:achiev|obtain|reach|attain|set|establish|get|report)\w*\s+(?:[\w-]+\s+){0,3}$", re.I)
# "experts ... reach 65% accuracy", "humans achieve 91%", "(84.7% human accuracy)": people as the system scored
_PEOPLE: Final = r"(?:humans|(?:human\s+)?(?:experts?|non-experts?|annotators?|evaluators?|raters?|validators?|participants?|crowd-?workers?))"
HUMAN_SUBJECT: Final = re.compile(rf"\b(?P<name>(?:(?!(?:the|a|an|and|or|while|but|whereas|that|which|who|only)\b)[a-z-]+\s+){{0,2}}?{_PEOPLE})\b"
                           rf"(?:(?!{_PEOPLE}\b)[^.;%]){{0,80}}?\b(?:achiev\w*|reach\w*|obtain\w*|scor\w*|get\w*|attain\w*)\s+(?:an?\s+|only\s+)?$")
HUMAN_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s+(?:(?P<name>human)\s+(?:accuracy|performance|scores?)\b|(?:[\w-]+\s+){0,2}?(?:in|by|for|from)\s+(?P<who>humans|human(?=\s*[),;])|human\s+(?:experts|annotators|evaluators|raters|participants))\b)", re.I)
# "in comparison to the human accuracy of 88.9%", "experts' rate (": people just before the value
HUMAN_BEFORE: Final = re.compile(r"\b(?P<who>humans?|(?:human\s+)?experts?)(?:'s?|’s?|-level)?(?:(?:\s+[\w-]+){0,2}\s+(?:of|at|is|was)\s*(?:only\s+|just\s+)?|"
                          r"\s+(?:[\w-]+\s+)?(?:accuracy|performance|scores?|rates?)\s*\(\s*)$", re.I)
# a length, angle or time is measured in a unit: "an average correspondence error of 2.88cm" is a distance, no error rate
PHYSICAL_UNIT: Final = re.compile(r"^(?:mm|cm|m|µm|nm|°|deg(?:rees?)?|ms|dB|N|mN|g|mg|kg|mL|ml|rad|mrad|px|pixels?|(?:milli|centi|micro|nano)?met(?:er|re)s|radians?)$")
# "Like Father, Like Son: Facial Expression Dynamics ...": a short head before a title's colon names the approach
TITLE_HEAD: Final = re.compile(r"^\s*(?P<name>[A-Z][^:?!.]{1,40}?)\s*:\s+\S")
# titles whose head is no method: a dataset, benchmark or study ("X: A Benchmark for ...", "Y: Can Transformers ...?")
TITLE_NOT_METHOD: Final = re.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|challenge|competition|survey|review|study|analysis|"
                              r"evaluation|tutorial|position)\b|\?", re.I)
# a head that is a claim or a topic, not a name: "Revisiting Dilated Convolution", "Decoders Matter for Segmentation"
CLAIM_HEAD: Final = re.compile(r"^(?:[A-Z][a-z]+ing|Towards?|On|When|Why|How|What|Do|Does|Is|Are|Can|Beyond|Learning|Improving)\b|"
                        r"\b(?:for|of|in|on|with|via|from|to|is|are|matters?|makes?|helps?|meets?)\b", re.I)
# a head going on with a lower-case word is a phrase, not a name: "Multiple-gaze geometry", "Robot pebbles", "Deep Dive
# into Faces" (a name is one word or capitalised: "MixupE", "Like Father, Like Son"; "Show and Tell", "Look at Boundary")
PHRASE_HEAD: Final = re.compile(r"\s(?!(?:and|the|then|or|but|nor)\b)[a-z]{3,}\b")
# "the core of the system is a novel RNN and Policy Network (PN)", "a Dataset Alternation Training (DAT) mechanism":
# a part of the paper's system, not the system its results are of
COMPONENT_BEFORE: Final = re.compile(r"\b(?:core|heart|backbone|parts?|components?)\s+of\b[^.;]{0,80}$|\b(?:consists?|composed|comprises?|comprising|consisting)\s+of\b[^.;]{0,80}$", re.I)
# the long form an acronym is defined for, headed by a part's noun: "a Flow Alignment Module (", "Cross-view Fusion blocks ("
COMPONENT_LONG_FORM: Final = re.compile(r"[A-Za-z-]\s+(?:[Mm]odules?|[Bb]locks?|[Ll]ayers?|[Bb]ranch(?:es)?|[Hh]eads?|[Cc]omponents?)\s*\(\s*$")
# "RSEN block": a part's noun after an acronym (the acronym found by str.find: kg.extract.literals.word_then)
PART_NOUN_AFTER: Final = re.compile(r"\s+(?:block|module|layer)s?\b")
COMPONENT_AFTER: Final = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:mechanism|module|block|component|unit|branch|strategy|step|stage)s?\b", re.I)
# "ArcFace-trained", "ResNet-50 backbone", "using X as the backbone": a part of the system, no subject
PART_AFTER: Final = re.compile(r"-(?:based|style|like|[a-z]+ed)\b|\s+(?:backbones?|encoders?|feature[- ]extractors?)\b|\s+as\s+(?:the\s+|a\s+|its\s+)?(?:backbones?|encoders?)\b")
# the subject of a value's clause that is someone else's system: "..., whereas simple fine-tuning achieved 73.4%",
# "general multilingual models struggle ..., achieving 66.91%" (a plural of systems: no paper's own method)
_NOT_OTHER: Final = r"(?!(?:we|our|ours|it|its|this|these|they|their|both|all|the|proposed|the proposed)\b)"
OTHER_SUBJECT: Final = re.compile(
    rf"(?:^\s*|[,;]\s*)(?:whereas|while)\s+(?P<subj>{_NOT_OTHER}[^,;%\d()]{{2,50}}?)\s+(?:\w+ly\s+)?(?:achiev|obtain|reach|scor|attain|get|yield|record)\w*\b"
    rf"|(?:^\s*|[.;:]\s+|\bthat\s+)(?P<many>{_NOT_OTHER}(?:[\w-]+\s+){{0,3}}?(?:models|methods|approaches|baselines|systems|LLMs|algorithms|detectors|classifiers))"
    r"\s+(?!(?:of|on|in|for|with|and|or|to|from|by|that|which|such|as|like|including)\b)[a-z]\w*", re.I)  # then its verb
# "0.5 IoU": a number right before a metric (a threshold, not its value)
NUMBER_BEFORE: Final = re.compile(r"(?<![\w-])\d[\d.]*\s*$")
# "being 3x faster (100 FPS)": a clause, no system's name, before a parenthesised value
NOT_SYSTEM_NAME: Final = re.compile(r"^(?:being|is|are|was|were|while|which)\b|(?<![\w.-])\d+(?:\.\d+)?x?(?![\w.-])", re.I)
# "object detection (52.8 AP on COCO)": a value in parentheses with its metric and set is a task's result, not a compared system's
SET_IN_PAREN: Final = re.compile(r"[^()]{0,30}?\s(?:on|in)\s+(?:the\s+)?[A-Z][^()]{0,30}\)")
# "our method EAFormer outperforms", "our framework, called FooNet,": the paper's own method as the sentence writes it
OWN_WRITTEN: Final = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|network|system|architecture|algorithm|detector|tracker)"
                         r",?\s+(?:\(|(?:called|named|dubbed|termed)\s+)?(?P<name>[A-Z][\w-]*?[A-Z0-9][\w-]*)(?![\w-])")
# "the KITTI dataset [2]": a set noun right before a citation
SET_NOUN_BEFORE: Final = re.compile(r"\b(?:dataset|data set|benchmark|database|corpus|challenge)s?\s*$", re.I)
# "For comparison, a phrase-based SMT system achieves 33.3": an unnamed system of others, no method of the paper's
INDEFINITE_SUBJECT: Final = re.compile(r"(?:^\s*|[.;:,]\s*)(?:an?)\s+(?!(?:novel|new|proposed|unified|single)\b)(?:[\w-]+\s+){0,3}?"
                                r"(?:model|method|approach|baseline|system|algorithm|detector|classifier|network|pipeline|technique|framework|architecture)\s+(?:(?:can|could|only|still|also|\w+ly)\s+){0,3}"
                                r"(?:achiev|obtain|reach|scor|attain|gets?\b|yield)\w*", re.I)
# a time is never a percent-scale score ("with 1 ms temporal precision": a resolution)
TIME_UNIT: Final = re.compile(r"^(?:ms|s|sec|µs|us|ns|min|h)$")
# "(+1.9%)", "($\\uparrow$ 3.1)": a gain in parentheses after a score (a loss, "(-1.9%)", is not read here)
SIGNED_ASIDE: Final = re.compile(r"\s*\(\s*\$?(?:\+|↑|\\uparrow)\$?\s*\d[\d.]*\s*(?:\\?%|points?|pts|pp)?\s*\)")
# "our CGPS boosts the baseline model by 8.8%": "our" and a name (a second capital or a digit) heading a scoring verb
OWN_NAME_SUBJECT: Final = re.compile(r"\b[Oo]ur\s+(?P<name>[A-Z][\w-]*?[A-Z0-9][\w-]*)\s+(?:(?:also|further|even|still)\s+)?"
                              r"(?:achieves|obtains|reaches|attains|boosts|improves|outperforms|surpasses|yields|sets|scores|gains)\b")
# "ViSA achieves an mAP@50 of 27.8% on A and achieves a recall@30 of": a second scoring verb of the same written subject
COORDINATED_VERB_TAIL: Final = re.compile(r"[^,;:()%]*\band\s+(?:also\s+)?(?:achieves|obtains|reaches|attains|yields|records|scores)\b[^,;:()%]*")
# "improvements in kNN classification--for example, achieving 1.3%", "by predicting the runtime of CNN architectures,
# achieving 88.24%": a name a preposition takes as its object, then a participle whose subject is the clause's, not the name
PREP_OBJECT_BEFORE: Final = re.compile(r"\b(?:in|of|for|on|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
PARTICIPLE_AFTER: Final = re.compile(r"[^.;:()\d]{0,40}?(?:,|--|—)\s*(?:(?:for example|for instance|e\.g\.),?\s*)?"
                              r"(?:achieving|obtaining|reaching|attaining|yielding)\b")
