"""The patterns that tell which metric a value is in, read by :mod:`kg.extract.result_metric_of` (the
gaps allowed between a value and its metric, lists of metrics and values, changes naming what they
change, drops and restatements), :mod:`kg.extract.result_metrics` (metric words: mean, top-k, error,
accuracy, modified score heads) and :mod:`kg.extract.results` (costs, speeds, a metric carried from the
sentence before). Each pattern says what it catches."""

from __future__ import annotations

import re
from typing import Final

from .result_patterns import GAP_UNIT

# "15.15% decrease in the average time steps": a change and what it changes, right after a value
CHANGE_IN_AFTER: Final = re.compile(r"\s*(?:\\?%|points?)?\s*(?:relative\s+|absolute\s+)?(?:decrease|increase|reduction|improvement|gain|drop)s?\s+in\s+"
                             r"(?:the\s+)?(?P<what>(?:[\w-]+\s+){0,3}[\w-]+)", re.I)
# between a list of metrics and the list of values it pairs with: words of one clause, no number
PARALLEL_GAP: Final = re.compile(r"^\)?[^.;:\d%()]{0,60}$")
# between two metrics of such a list: "mask (mIoU) and boundary (F-score)", "accuracy, F1 and AUC"
PARALLEL_METRICS_GAP: Final = re.compile(r"^\)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:[a-z][\w-]*\s+)?\(?\s*$")
# A value followed by an acronym that is no known metric measures that ("2.5% AUPRO"), and one
# followed by a plain noun measures the noun ("2.4 exaflops", "87.5% of the time").
OTHER_MEASURE_AFTER: Final = re.compile(r"\s*(?:\\?%|\$)?\s*[A-Z][A-Za-z0-9@-]*[A-Z0-9]\b")
NOUN_AFTER: Final = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?!(?:on|in|for|and|or|with|at|to|than|over|respectively|correspondingly|compared|while|which|when|where|by|from|"
    r"higher|lower|better|worse|ahead|improvements?|gains?|absolute|relative|points?|percent|percentage|average|mean|overall|"
    r"the|a|an|is|are|was|were|vs|versus|across|among|under|using|without|via|per|after|before|as|against|"
    r"respectively|only|alone|each|both|all|even|also|margin|increase|decrease|reduction|boost|relatively|"
    r"absolutely|more|less|among|within|during|if|but|whereas|so|thus|outperforming|surpassing|setting|achieving|"
    r"reaching|yielding|making|showing|which|that|this|these|its|their|our|new|state|through|throughout|along|despite|upon|since|because|until|"
    r"out|including|excluding|except|given|regardless|depending|instead|due|thanks|leading|resulting|exceeding|matching|beating|"
    r"maintaining|keeping|retaining|preserving|requiring|demonstrating|indicating)\b)"
    r"(?![a-z]+(?:ed|ing)\s+(?:in|on|at|with|over|for|from|during|under|across)\b)"  # "0.8 m tested in a room": a participle goes on ("obtained by" names another system)
    r"(?:[a-z][a-z-]+|[a-zµ][A-Za-z]{0,2}\b)")
SPEED: Final = re.compile(r"^(?:fps|frames per second|latency|runtime|throughput)$", re.I)
# What may stand between a value and the metric written after it ("84.1% top-1 accuracy",
# "28.4 BLEU points", "+6.1% in FID") or before it ("an FID of 52.3", "accuracy: 84.1%",
# "improves mAP by 6.8%", "FID from 12.1 to 9.8").
AFTER_GAP: Final = re.compile(r"^\s*" + GAP_UNIT + r"\s*(?:of\s+)?(?:(?:absolute|relative|higher|lower|better|average|mean|overall)\s+)?$", re.I)
# "+6.1% in FID", "0.8% in ImageNet top-1 accuracy" (a capitalised benchmark name may stand between)
IN_METRIC_GAP: Final = re.compile(r"^\s*" + GAP_UNIT + r"\s*(?:(?:gains?|improvements?|increases?|reductions?|decreases?|lifts?|boosts?|drops?)\s+(?:in|of)|"
                            r"in|on the|in terms of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+|(?!(?:the|a|an|and|or|our|its|their|which|that)\s)[a-z][\w-]*\s+)?$")  # "52% in pose estimation accuracy"
# "86.5% ImageNet-1K top-1 accuracy", "45.1 COCO AP": a benchmark's name (capitals or digits past its first letter,
# so no "Our"/"The"; no unit: "15FPS detection rate") between a value and the metric written after it, with at most a
# split after the name
SET_METRIC_GAP: Final = re.compile(r"^\s*" + GAP_UNIT + r"\s*(?!(?:[GMT]?FLOPs|FPS|MACs|[KMGT]B|[kMG]?Hz)\s)[A-Z][A-Za-z]*[A-Z0-9][\w.-]*(?:\s+(?:val|test|test-dev|validation|single-crop))?\s+$")
# "4.19dB on PSNR and 5% on SSIM": a metric written right after "on" (not a list of metrics "on mAP/Rank-1", whose
# values pair in order)
ON_METRIC_GAP: Final = re.compile(r"^\s*" + GAP_UNIT + r"\s*on\s+$")
BEFORE_GAP: Final = re.compile(  # a leading ")": the metric is an acronym in parentheses ("Dice coefficient (DSC) of 83.5%")
    r"^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:scores?\s*(?==)|scores?\s+|metric\s+|values?\s+|levels?\s+|performances?\s+)?"
    # "recall@1 performances by 2.15%", "the error rate has been significantly reduced by 67%"
    r"(?:(?:has been|have been|been|(?-i:[a-z]{4,}ly)(?=\s+(?:reduced|improved|increased|lowered|decreased|to)\b)|of|=|:|is|was|are|were|reaches|reached|reaching|achieves|achieved|achieving|at|to|by|improves?|improved|improving|"
    r"increases?|increased|reduces?|reduced|drops?|dropped|rises?|rose|from|of about|of only|of up to|by up to|"
    r"improvements? of|gains? of|boosts? of|increases? of|reductions? of|an average of|average of|on average)\s*)*"
    r"(?:about|around|only|just|a|an|the|\+|-|−)?\s*(?:(?:absolute|relative)\s*)?$|^\s*\(\s*$",  # "with high accuracy (78%)"; "by a relative 20%"
    re.I,
)
# Between a value and a later one that shares its metric: "12.5 on COCO and 10.1 (on LSUN)".
ELLIPSIS_GAP: Final = re.compile(r"^\s*(?:%\s*)?(?:points?\s+)?(?:[\w@.-]+\s+){0,2}?(?:[\w@.-]+(?=,))?(?:(?:on|in|for|with|without|through|via|using)\s+[^;%]{1,60}?)?"
                           r"(?:,\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s*(?:and|while|whereas|but|vs\.?)\s+)"
                           r"(?:(?:[\w-]+\s+){1,3}by\s+\+?|(?:(?![\w-]*ing\b)[\w-]+\s+){4,5}by\s+\+?|[\w-]+\s+)?$")  # "and other unsupervised methods by +3.45"
# "increase the accuracy of ResNet-18 on ImageNet by 1.3%": the metric, what it is of, then "by"
# ("reduces the RMSE in dynamic situations by 40%": "in" a setting too)
OF_BY_GAP: Final = re.compile(r"^\s+(?:of|for|on|in)\s+[^,;%\d]{0,12}[^,;%]{0,40}?\s+by\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+(?:of\s+)?)?$")
# "mean IoU", "Mean IOU": "mean" is part of the metric's name when the data file names the pair
MEAN_BEFORE: Final = re.compile(r"\b[Mm]ean\s+$")
# "mIoU accuracy 85.4%": a generic head word after a named metric adds nothing to it
NAMED_HEAD_AFTER: Final = re.compile(r"\s+(?:accuracy|rate)\b(?!\s+of\s+(?:the|its|their)\b)", re.I)  # ("recall rate of 90.99%": one measure)
# "82.7% top-1 and 96.2% top-5": a bare top-k, accuracy or error by what the sentence speaks of
# ("top-1 recall", "top-5 precision": a top-k of another measure, the generic words name it)
BARE_TOP_K: Final = re.compile(r"(?<![\w-])[Tt]op-?([15])(?![\w-])(?!\s*(?:accurac|acc\b|err|recall|precision|hit|success|F1\b))")
ERROR_WORD: Final = re.compile(r"\berr(?:or|ors)?\b", re.I)
ACCURACY_WORD: Final = re.compile(r"\baccura", re.I)
# "1.144 average end-point-error (AEPE)": the long form between a value and its acronym
_FUNCTION: Final = r"(?!(?:on|in|for|with|at|by|over|than|and|or|vs|the|of|to|respectively)\b)"
# ("mean Intersection over Union (mIoU)", "Area Under the Curve (AUC)": a few function words may stand inside it)
# ("by 13.8% in Average Displacement Error (ADE)": after "in" or "on", a long form in capitals, not "on the Sintel clean (")
LONG_FORM_GAP: Final = re.compile(rf"^\s*(?:%|points?)?\s*(?:(?:{_FUNCTION}[A-Za-z][\w-]*\s+(?:(?i:over|of|under|the)\s+)?){{0,3}}{_FUNCTION}[A-Za-z][\w-]*"
                           r"|(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:over|of|under|the)\s+)?){1,3}[A-Z][\w-]*)\s*\($")
# a number standing alone, not inside a name ("13-layer", "ResNet-50")
LONE_NUMBER: Final = re.compile(r"(?<![\w.-])\d[\d.]*(?![\w-])|[,;%]")
# "mean absolute errors of 1.86", "average error of 2 cm", "a maximum error of 6.0 m", "a median error of 0.21": a distance or deviation, no error rate
NOT_ERROR_RATE: Final = re.compile(r"(?:\b(?:absolute|squared|reconstruction|localization|prediction|positional|position|angular|"
                            r"translation|rotation|depth|pose|end-?point|quantization|approximation|generalization|training|"
                            r"estimation|tracking|registration|regression|calibration|forecasting|distance|positioning|"
                            r"heading|angle|mean|median|average|maximum|max)\s+){1,2}$", re.I)
# "the BLEU-4 on SQuAD reaches 17.52", "the error rate on the CIFAR-10 test set is 3.1%": metric, set, value
METRIC_ON_SET_GAP: Final = re.compile(r"^\s+(?:on|in)\s+(?:the\s+)?(?:[^\s,;%]+\s+){1,4}?(?:(?:test|dev|validation)\s+(?:set|split)\s+|dataset\s+|benchmark\s+)?"
                               r"(?:is|was|reaches|reached|of|at|achieves|achieved)\s+(?:only\s+|just\s+)?$")
# "lowers the RMSE on the shadow area to 7.4", "improves the accuracy on CIFAR-10 to 82%": a change of the metric named
# before, then where, then the level reached (the verb is checked before the metric: CHANGED_METRIC_BEFORE)
CHANGED_TO_GAP: Final = re.compile(r"^\s+(?:on|in|for|of)\s+(?:the\s+)?[^\s,;%\d()][^\s,;%()]*(?:\s+[^\s,;%\d()][^\s,;%()]*){0,3}?\s+(?:further\s+)?to\s*\$?$")
CHANGED_METRIC_BEFORE: Final = re.compile(r"\b(?:lower|reduc|improv|rais|increas|boost|decreas|bring|brought|push|driv|cut|lift)\w*\s+(?:further\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?$", re.I)
# thresholds and settings written "NAME=value": "IoU=0.5", "tIoU=0.5", "FAR=1e-5", "FoV = 90deg" (no score of a method),
# and statistics of fit or agreement ("(R2 = 0.97)", "(Kappa = 0.372)"): mostly a measurement, not a system's score
SETTING_NAME: Final = re.compile(r"t?IoU|AP@IoU|FAR|FPR|FoV|[knpmet]|epsilon|alpha|beta|lambda|p[- ]?value|R\^?2|r|rho|tau|(?:Fleiss\s)?Kappa", re.I)
# "the accuracy of the proposed method is .931": metric, what it is of, then the value
OF_IS_GAP: Final = re.compile(r"^\s+of\s+(?:the|our|this|their)\s+(?:[\w-]+\s+){0,3}?(?:method|model|approach|system|framework|algorithm|network|classifier)s?"
                       r"\s+(?:is|was|are|were|reaches|reached|=)\s+(?:only\s+)?$", re.I)
# "adding only 1.62% of FLOPs", "with 41% fewer parameters": a cost, not a score
COST_METRIC: Final = re.compile(r"^(?:[GMT]?FLOPs|MACs|MAdds|(?:number of )?param(?:eter)?s|memory(?: footprint| usage)?|model size|energy)$", re.I)
# "0.05m lateral accuracy", "75% task success rate", "a 98.1% suture placement accuracy": one or two modifier words
# between a value and its metric
MODIFIER_GAP: Final = re.compile(rf"^\s*(?:{_FUNCTION}(?!(?:fewer|less|more|data|labeled|labelled|training|relative|absolute|higher|lower|top|such|only|its|their|our|each)\b)"
                          r"[a-z][a-z-]+\s+){1,2}$")
# a percentage scored with no metric written: "UniNet-B6 achieves 87.4%,", "human recognition (53.3%)"
CARRIED_SCORE_BEFORE: Final = re.compile(r"(?:\b(?:achieves|achieved|obtains|obtained|reaches|reached|attains|attained|scores|gets)\s+(?:an?\s+|the\s+)?|"
                                  r"\b(?:increases|increased|rises|rose|improves|improved|climbs|climbed)\s+to\s+|[\w-]\s+\(\s*)$")  # "performance increases to 82%"
CARRIED_SCORE_AFTER: Final = re.compile(r"\s*(?:\)|[,.;]|\s(?:and|on|in|compared|outperform\w*|surpass\w*|while)\b|$)")
# "macro-averaged F1", "micro F1": a qualifier before a mentioned metric that changes what it measures
AVERAGING_BEFORE: Final = re.compile(r"\b(?:macro|micro|weighted|sample)(?:[- ]averaged?)?[- ]$", re.I)
# "F1-score of 89.51 Recall of 87.50", "(PSNR 51 SSIM 0.998)": a metric heading a value of its own, and the
# tight gap of a metric heading the value after it (no words between but "of", ":" or "=")
_HEADED: Final = r"\s*(?:of|:|=)?\s*\$?[+-]?"
HEADS_VALUE: Final = re.compile(_HEADED + r"\d")
HEADED_GAP: Final = re.compile(_HEADED)
# "outperforms MAE by 0.2%", "compared to MAE-CLIP": what a sentence compares against is a system
COMPARED_SYSTEM_BEFORE: Final = re.compile(r"\b(?:outperform\w*|surpass\w*|beats?|beating|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?$", re.I)
# "improve accuracy and F score by 10%", "precision and recall of 95%": a value written once after coordinated metrics
SHARED_VALUE_GAP: Final = re.compile(r"\s+(?:scores?\s+)?(?:by|of)\s+\$?")
# "top-1 and top-5 error rates of 39.7% and 18.9%": between a list of metrics and the list of values it names
LIST_OF_GAP: Final = re.compile(r"\s*(?:scores?\s+|values?\s+)?(?:of|are|were|:)\s*\$?")
# "..., and Hausdorff scores improving by 11.13%": a capitalised name heading "scores" names a measure no recogniser knows
OTHER_SCORE_NAMED: Final = re.compile(r"\b[A-Z][\w-]*\s+(?:scores|distances)\b")
# "achieving a 72.9%", "reaches only 41%": a verb scoring the value after it
SCORED_BEFORE: Final = re.compile(r"\b(?:achiev|obtain|reach|attain|scor|yield|record|deliver)\w*\s+(?:an?\s+|the\s+|only\s+)?$", re.I)
# "the testing accuracy for the suturing task based on our method is 87.13%": a copula after the metric states its score
# (not "the maximum contribution of error ... is 2.52%", "the average of APs ... is 96%" is)
COPULA_BEFORE: Final = re.compile(r"\b(?:is|was|are|were|becomes|became)\s+(?:only\s+|just\s+)?$", re.I)
HEDGED_BETWEEN: Final = re.compile(r"\b(?:maximum|minimum|max|min|peak|upper|lower|best[- ]case|worst[- ]case)\b|[;:]", re.I)
# "the recognition rate is 92%, the attention direction rate is 90%": a measure of its own named between the metric and the value
# ("the accuracy on the 5 rarest classes is 30%": a number between names a subset)
OTHER_MEASURE_BETWEEN: Final = re.compile(r"\b(?:rates?|ratios?|scores?|proportions?|percentages?)\b|(?<![\w.-])\d", re.I)
# between two values of one list: "27.3% on WSJ with no prior information, 21.9% with a lexicon, and 8.2%"
LIST_ITEM_GAP: Final = re.compile(r"\s*(?:\\?%)?[^;:()%\d]{0,100}(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "reducing model training time by 19.82%", "improves by 60% in segmentation", "with 1% higher computational cost": a change of
# what the words name (the sentence's metric if it is among them, else another quantity)
# ("reduced the completion time (by 59%", "the printing resolution finer by 30%")
CHANGED_OBJECT_BEFORE: Final = re.compile(r"(?:\b(?:reduc|improv|increas|decreas|cut|lower|rais|boost|accelerat|shorten|sav|speed)\w*\s+(?P<what>(?:[\w-]+\s+){1,8}?)"
                                   r"|(?P<subject>(?:[\w-]+\s+){1,3}?)(?:higher|lower|finer|coarser|better|worse|faster|slower|smaller|larger|shorter|longer)\s+)\(?\s*by\s+$", re.I)
CHANGED_OBJECT_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s+(?:(?:higher|lower|more|less|fewer|greater|smaller|larger|better|worse)[\s-]+(?!than\b)(?P<what>[a-z][\w-]*)|in\s+(?P<where>[a-z][\w-]*)"
                                  # "21% gain on REL": an acronym no recogniser knows, named as what gained
                                  r"|(?:gains?|improvements?|increases?|reductions?|boosts?)\s+(?:on|in)\s+(?P<acr>[A-Z][A-Za-z]*[A-Z]\b))")
# "AP^r at 0.5 IoU", "mAP@0.5": a measure read at a threshold
AT_NUMBER_BEFORE: Final = re.compile(r"(?:\bat|@|=)\s*\d[\d.]*\s*$")
# "a minimal accuracy drop (1%)", "loses 2%": a degradation, which the gold keeps doubtful
DROP_NEAR_BEFORE: Final = re.compile(r"\b(?:drops?|loss(?:es)?|los(?:e|es|ing|t)|degrad\w*|declin\w*|sacrific\w*)\W{0,4}(?:[\w-]+\W{1,3}){0,2}$", re.I)
DROP_NEAR_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*(?:[\w-]+\s+){0,2}(?:drops?|loss|degradation|decline)\b", re.I)
# "(representing an absolute improvement of 2.7%)": the value said again in other terms
RESTATED_BEFORE: Final = re.compile(r"\(\s*(?:representing|i\.e\.|that is|or|which|corresponding|equivalent)\b[^()]*$", re.I)
# "the velocity and the accuracy", "distance, speed and accuracy": a metric named last in a list of measures
MEASURES_LISTED_BEFORE: Final = re.compile(r"(?:[a-z]\s+and|,)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|(?![\w-]*ing\b)[\w-]+\s+)?$")
# "... by 40% while maintaining accuracy", "without sacrificing the effectiveness of the accuracy": a measure kept, not changed
# ("whilst achieving similar localization accuracy", "without a significant decrease in localization accuracy")
KEPT_METRIC_BEFORE: Final = re.compile(r"\b(?:while|without|whilst|and)\s+(?:\w+ly\s+)?(?:(?:keep|maintain|preserv|retain|sacrific|los|compromis|hurt|degrad|affect|harm|sustain)\w*|"
                                r"(?:achiev|obtain|reach|attain)\w*\s+(?:an?\s+|the\s+)?(?:similar|comparable|same|equal|competitive)|"
                                r"(?:an?\s+|any\s+)?(?:(?:significant|noticeable|notable|much|large|major|substantial)\s+)?(?:decrease|drop|loss|degradation|reduction)s?(?:\s+(?:in|of))?)"
                                r"\s+(?:[\w-]+\s+){0,5}$", re.I)
# "on the accuracy and fluency metrics, respectively": a metric named first in a list of measures
# ("the average error and execution time are reduced by 63.6% and 28.5%, respectively")
MEASURES_LISTED_AFTER: Final = re.compile(r"\s*(?:,|\band\b)\s*(?:the\s+)?(?:[a-zA-Z][\w-]*\s+){0,2}[a-zA-Z][\w-]*(?:\s+(?:metrics|measures|scores))?\s*"
                                   r"(?:,|respectively|$|\b(?:are|were|is|was|reduced|improved|increased|decreased)\b)")
# "a winning FEVER score of 73.96%", "the GLUE score": a benchmark's acronym heading "score" names its official score
ACRONYM_SCORE_BEFORE: Final = re.compile(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{2,}[a-z]?)\s+$")
# a change of the paper's method naming no measure: "RCO improves knowledge distillation by", "outperforms the
# baselines by" (an increase only: a reduction of what names no measure is mostly a cost) ...
UNNAMED_CHANGE_BEFORE: Final = re.compile(r"\b(?:improv|boost|outperform|surpass|exceed)\w*\b[^.;%\d()]{0,60}?\bby\s+(?:an?\s+)?(?:average\s+(?:of\s+)?)?(?=\$?\d)", re.I)
# ... the values it is by: "2.14% and 1.5%", "2.1%, 3.4% and 1.0%"
UNNAMED_CHANGE_LIST: Final = re.compile(r"\$?\d[\d.]*\$?\s*\\?%(?:\s*(?:,\s*(?:and\s+)?|and\s+)\$?\d[\d.]*\$?\s*\\?%)*")
# ... unless the sentence speaks of a cost or another quantity
UNNAMED_CHANGE_COST: Final = re.compile(r"\b(?:time|speed\w*|faster|slower|memory|FLOPs|param\w*|latency|energy|size|cost|throughput|compress\w*|runtime|"
                                 r"storage|bandwidth|power|data|samples?|labels?|annotations?|efficien\w*|converg\w*|quer(?:y|ies)|steps|iterations|epochs|"
                                 r"computation\w*|resources?|fps|frames|rewards?|returns?|profits?|revenue|utility|error|loss)\b", re.I)
# ... or names what changed after the value: "by 39% in depth prediction", "by 32.6% in Local Distortion", "by 30% IoU_thin"
UNNAMED_ASPECT_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*(?:(?:in|of|for)\s+(?!(?:all|both|each|average|most)\b)|[A-Za-z][\w-]*[_^@A-Z])")
# ... or as a gain the value heads: "a 0.7% improvement on CIFAR-100-C", "2.1% gains over X" (the value's span)
UNNAMED_GAIN: Final = re.compile(r"(?<![\w.])\d[\d.]*\s*\\?%(?=\s+(?:absolute\s+|relative\s+)?(?:improvement|gain|boost|increase)s?\s+(?:on|over|across|against|compared)\b)")

# "achieving an average factuality score of 0.915", "reaching a rank correlation of 0.64": a lower-case measure
# named by its modifiers before "score" or "correlation", a value stated of it right after; the modifiers must
# describe a measure, not judge or place the score ("a high score of", "the final score of", "a z score")
_SCORE_MODIFIER: Final = r"(?!(?:and|or|of|the|a|an|for|with|on|in|to|by|at|its|their|our|this|that|such|same|similar|new|final|total|" \
    r"high|higher|highest|low|lower|lowest|best|better|good|great|top|max|maximum|min|minimum|median|raw|normalized|" \
    r"winning|perfect|competitive|promising|remarkable|impressive|respectable|excellent|strong|state-of-the-art|optimal|" \
    r"average|mean|overall|test|validation|risk|confidence|threshold|cutoff|cut-off|baseline|initial)\b)[a-z][a-z-]{2,}"
MODIFIED_HEAD: Final = re.compile(rf"\b(?:an?|the|its|their|our)\s+(?:(?:average|mean|overall)\s+)?(?P<name>(?:{_SCORE_MODIFIER}\s+){{1,2}}"
                           r"(?:score|correlation))(?=\s*(?:of|:|=)\s*\$?\d)")
