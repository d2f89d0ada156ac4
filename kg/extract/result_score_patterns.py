"""The patterns that tell whether a number is a score and of which kind, read by
:mod:`kg.extract.result_scores` (hedges, ranges, years, thresholds, targets, shares, capture rates,
improvement and degradation cues) and by :mod:`kg.extract.results` (the kind of a list of values: a
change's clause after a score, "21.1% vs 17.6%", comma-less lists). Each pattern says what it catches."""

from __future__ import annotations

import re
from typing import Final

from .result_patterns import GAP_UNIT

# What stands right before a number that is no score of its own. (One "\b" before all the words: the
# search tries each position of the window, and a "\b" led by each word was tested once per word.)
NOT_SCORE_BEFORE: Final = re.compile(
    r"(?:\b(?:up ?to|over|more than|(?:greater|higher|better|lower|smaller) than|less th[ae]n|fewer than|near|at least|at most|above|below|nearly|almost|"
    r"approximate(?:ly)?|around|roughly|about|close to|(?:on|in) the order of|under|between|top|within|first|last|every|"
    r"within an?|by about an?(?: \w+ of)?|as (?:much|many|high|low) as(?: an?)?|max(?:imum)?(?: of)?|"
    r"(?:up to|over|more than|less than|at least|at most|nearly|almost|approximately|around|roughly|about|close to)\s+an?(?:\s+(?:absolute|relative|average))?|"
    r"(?:requires?|required|requiring|demands?|demanding)(?:\s+(?:an?|the))?|"  # "tasks require 100% recall": a requirement
    r"fail(?:s|ed|ing)?\s+to\s+(?:\w+\s+)?(?:reach|achieve|attain|obtain|exceed)|"  # "often fail to ever reach 100% precision": a level not reached
    r"(?:up to|as much as)\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+)?(?:margin|improvement|gain|increase|boost|reduction|decrease)s?\s+(?:of|by))"  # "up to a margin of"
    r"|upwards of|in excess of"  # "yielding upwards of 84% accuracy"
    r"|±|\+-|\\pm|~|∼|≈|<|>|≤|≥|\\(?:sim|approx|geq|leq|gtrsim|lesssim)\b\$?|"  # "an $\sim$ 8% improvement": LaTeX hedges too
    r"(?:required|needed|necessary|in order) to (?:achieve|reach|obtain|attain)(?: an?)?)\s*$",
    re.I,
)
# the later members of a hedged list: "more than 20.4% and 20.8%", "up to 3.1, 2.2 and 1.9"
HEDGED_LIST_BEFORE: Final = re.compile(
    r"\b(?:up to|over|more than|less than|at least|nearly|almost|approximately|around|roughly|about|between)\s*"
    r"(?:\d[\d.,]*\s*(?:\\?%|points?|dB)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+$", re.I)
IMPROVEMENT_BEFORE: Final = re.compile(  # (one "\b" before all the words, as in NOT_SCORE_BEFORE)
    # ("decreases by an average 12.0", "reduces the error by only 15%", "by a large margin, 12.86%", "by large margins, i.e., 6%")
    r"(?:\b(?:by(?:,?\s+(?:on\s+)?average(?:\s+of)?,?|\s+an?(?=\s*$)|\s+an?\s+average|\s+(?:an?\s+)?(?:absolute|relative)(?=\s*$)|\s+only|\s+(?:a\s+)?(?:large|wide|clear|big|significant|"
    r"considerable|substantial|huge|notable)\s+margins?(?:\s+of)?(?:\s*[,:(]\s*(?:(?:i\.e\.|e\.g\.|namely)\s*,?\s*)?)?)?|improv\w*(?:\s+\w+){0,3}\s+(?:by|of)|gains?\s+of|increase\w*\s+(?:of|by)|boost\w*\s+(?:of|by)|"
    r"reduc\w*(?:\s+\w+){0,3}\s+by|decreas\w*\s+(?:\w+\s+)?by|outperform\w*(?:\s+\S+){0,6}\s+by|margins?\s+of|by\s+(?:an?\s+)?(?:(?:average|absolute|relative)\s+){1,2}(?:[\w-]+\s+){0,2}of|"
    r"surpass\w*(?:\s+\S+){0,6}\s+by|(?:outperform|surpass|exceed)\w*(?:\s+\S+){0,8}\s+with|by\s+an?\s+average\s+of|"
    # ("improve the performance of Mask R-CNN for 1.7 mAP", "improves upon the baseline with 1.9% AP", "increases the
    # performance of SSD by mAP of 6.4%": the margin after what improved)
    r"improv\w*(?:\s+\S+){1,6}\s+for|improv\w*\s+(?:up)?on(?:\s+\S+){1,4}\s+with|(?:improv|increas|boost)\w*(?:\s+\S+){0,8}\s+by\s+[\w@-]+\s+of|"
    # ("a reduction in word error rate (WER) of 0.9%": the metric's acronym may follow it)
    r"(?:reductions?|improvements?|decreases?|increases?|boosts?|gains?)\s+(?:in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:\([^()]{1,15}\)\s+)?)?of|"
    r"(?:improv(?:es|ed|ing|e)|gain(?:s|ed|ing)?|boost(?:s|ed|ing)?)|(?:gap|drop|difference|margin)\s*(?:of\s+)?\(?|"
    r"(?:gap|margin|difference)s?\s+(?:between|over|to)\s+[^.;()%\d]{0,50}\(|"  # "the gap between humans and machines (25.3% F1)"
    # "improved the results 0.20 BLEU points": the value right after what improved, no preposition between, is the margin
    r"(?:improv|boost)\w*\s+(?:(?:the|its|their|our)\s+)?(?:(?!(?:to|from|of|by|at|with|on|in|for|over|than|and|or|is|was|are|were|as)\b)[\w-]+\s+){1,3})|\+)\s*$",
    re.I,
)
IMPROVEMENT_AFTER: Final = re.compile(
    # ("76% BD-Rate (Bjontegaard Delta Rate) gains", "0.6% absolute character error rates (CER) reduction": an acronym may follow the words)
    r"^\s*" + GAP_UNIT + r"\s*(?:absolute\s+|relative\s+)?(?:(?!on\b|in\b|for\b|with\b|at\b|which\b|that\b|and\b)[\w@./-]+\s+){0,3}?(?:\([^()]{1,40}\)\s+)?(?:absolute\s+|relative\s+)?(?:higher|lower|better|worse|ahead|improvements?|gains?|"
    r"increase|decrease|reduction|relative|more|less|fewer|faster|slower|smaller|larger|over|above|below|behind|drops?|loss|degradation|gap|"
    # ("18.9% which is better than the previous results": a relative clause says the score is better, no margin)
    r"boosts?|lifts?)\b(?<!over)|^\s*" + GAP_UNIT + r"\s*over\b(?!\s+(?:a\s+total\s+of\b|the\s+course\s+of\b|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"all|multiple|several|many|various|different|\w+ty\b))"  # "67.8% over eight tasks" is an average, no margin
    r"|^\s*" + GAP_UNIT + r"\s*than\b",  # "a higher mIoU of 3.1% than X": a margin
    re.I,
)
REFERENCE_BEFORE: Final = re.compile(r"(?:\b(?:Table|Fig\.?|Figure|Section|Sec\.|Eq\.?|Equation|et al\.?,?)\s*|\[)$", re.I)
RANGE_AFTER: Final = re.compile(r"^\s*(?:%\s*)?(?:-{1,2}|–|—|−|~|∼|to)\s*\$?\d")  # "4-5%", "25--45 points", "1%~5%"
# the words before a rate data is recorded at ("captured at", "capturing long-term videos at"), and those after it
# ("2 fps sampling", "(240 FPS) cameras")
CAPTURED_BEFORE: Final = re.compile(r"(?<!motion )\b(?:captur|record|film|acquir)\w*\b(?:(?!\b(?:process|run|achiev|reach|perform|operat)\w*)[^.;,\d])*$", re.I)
CAPTURED_AFTER: Final = re.compile(r"\s*(?:fps|FPS|frames per second)\)?\s*(?:sampling|cameras?|camera\s+\w+)\b")
REACHING: Final = re.compile(r"\b(?:reach\w*|achiev\w*|result\w*|attain\w*|to)\s*$", re.I)  # "a 15% gain, reaching 75%"
YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
TARGET_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*(?:(?!(?:at|on|in|with|for|under)\b)[\w-]+\s+){0,3}(?:specifications?|requirements?|thresholds?|targets?|tolerances?|budgets?)\b", re.I)
# (a name's number is no range start: "the accuracy on CIFAR-10 to 82.1%")
RANGE_END: Final = re.compile(r"(?<![A-Za-z]-)(?<![\w.,])\d[\d.,]*\s*(?:\\?%|percent|points?|dB)?\s*\$?\s*(?:to|-{1,2}|–|—|−|∼|~)\s*\$?\s*$")
# "on iPhone 8", "Windows 10": a whole number right after a product's mixed-case name is part of the name
MIXED_CASE_NAME_BEFORE: Final = re.compile(r"(?<![\w-])[a-z]+[A-Z][\w-]*\s$")
# "sacrificing 0.4% top-1 accuracy", "a loss of 0.02% in accuracy": a degradation, not a score reached
DEGRADATION_BEFORE: Final = re.compile(r"\b(?:sacrific\w*|los(?:s|ing|es|e)(?:\s+of)?|drop(?:s|ped)?(?:\s+of)?|degrad\w*(?:\s+of)?)\s*(?:only\s+)?(?:an?\s+)?$", re.I)
# "increases the FID by 2", "worsens WER by 0.4": a change a lower-is-better score takes for the worse, before its value
WORSENED_BEFORE: Final = re.compile(r"\b(?:increas|worsen|rais)\w*\s+(?:[\w-]+\s+){0,5}?(?:by|of)\s+(?:only\s+)?(?:an?\s+)?$", re.I)
# "a 0.9% top-1 accuracy drop", "1.2 BLEU points lower than ...", "2% worse" (higher-is-better scores), "a 0.4 WER increase",
# "2% higher error" (lower-is-better): the words right after a change that say it is for the worse, within the value's
# own phrase (not past a clause word: "by 2% while using less memory", "2% higher accuracy with lower latency")
_OWN_PHRASE: Final = r"(?:absolute\s+|relative\s+)?(?:(?!(?:on|in|for|with|at|and|or|while|whilst|but|whereas|which|that|than|over|to|by|compared|" \
    r"improv\w*|gains?|better|higher|lower|more|less|increases?|decreases?)\b)[\w@./-]+\s+){0,3}?"
WORSE_HIGHER_AFTER: Final = re.compile(r"\s*(?:\\?%|points?|pts|pp|percent)?\s*" + _OWN_PHRASE + r"(?:drops?|loss|degradation|decrease|less|lower|worse|behind|below)\b", re.I)
WORSE_LOWER_AFTER: Final = re.compile(r"\s*(?:\\?%|points?|pts|pp|percent)?\s*" + _OWN_PHRASE + r"(?:increase|higher|more|worse|behind)\b", re.I)
# "gains 1.5 BLEU", "improves the accuracy by 2.1", "reduces WER by 0.4" (lower-is-better): a verb naming a change for the
# better right before a value (no other value between), by a higher-is-better score and by a lower-is-better one
_BETTER_TAIL: Final = r"\w*\s+(?:[A-Za-z@.-][\w@.-]*\s+){0,3}?(?:by\s+|of\s+)?(?:only\s+)?(?:an?\s+)?$"
BETTER_HIGHER_BEFORE: Final = re.compile(r"\b(?:gain|improv|increas|boost|rais|lift|outperform|surpass|exceed|beat)" + _BETTER_TAIL, re.I)
BETTER_LOWER_BEFORE: Final = re.compile(r"\b(?:gain|improv|reduc|decreas|lower|cut|outperform|surpass|exceed|beat)" + _BETTER_TAIL, re.I)
# "at 0.5 IoU", "IoU threshold of 0.5": an overlap threshold, not a score
THRESHOLD: Final = re.compile(r"\bat\s*$")
# what an "at <value>" operating point is set in: an overlap, or the precision/recall traded off
OPERATING_POINT_AFTER: Final = re.compile(r"\s*(?:IoU|overlap|precision|recall|(?:false|true) (?:positive|alarm|acceptance|rejection) rates?|[FT]PR|FAR|FPP[IW]|false positives? per (?:image|window|frame|scan))\b", re.I)
# "ranging from 87.0% to 99.3%", "varies from ... to": a range, not a change
RANGING_BEFORE: Final = re.compile(r"\b(?:rang\w*|var(?:y|ies|ying|ied)|spanning|between)\s*$", re.I)
# "by 0.51 1.82 BLEU": two bare numbers side by side are a range whose dash was lost
LOST_RANGE_BEFORE: Final = re.compile(r"(?:^|[\s(])\d+(?:\.\d+)?\s*%?\s+$")
LOST_RANGE_AFTER: Final = re.compile(r"^\s*%?\s+\d+(?:\.\d+)?(?![\w.-])")
# between a score and a change a clause of it states without a metric: "% mAP on MS COCO, which is ",
# "% of F1, outperforming the state of the art by ", " top-1 accuracy on ImageNet outperforming MAE by +" (a participle
# needs no comma)
RELATIVE_CLAUSE_GAP: Final = re.compile(r"\s*(?:\\?%)?(?:[^.;\d%]|(?<=[A-Za-z-])\d+){0,50}?(?:,\s*(?:which\s+is|outperforming|surpassing|exceeding|beating)|"
                                 r"\s(?:outperforming|surpassing|exceeding|beating))\b[^.;\d%]{0,50}$")
# "a Dice score of 71.2% and an improvement of 4.2% over ...", "92.7% top-1 accuracy on A, with a 5.1% improvement":
# a change coordinated after a score, naming no metric of its own, is a change of that score
COORD_CHANGE_GAP: Final = re.compile(r"\s*(?:\\?%)?(?:[^.;:\d%()]|(?<=[A-Za-z-])\d){0,80}?(?:,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)an?\s+"
                              r"(?:(?:absolute|relative|average|overall|further)\s+)?(?P<noun>(?:improvement|gain|increase)\s+of\s+)?$")
# "3.5% higher than": a change of the score named before, not of another quantity ("51% fewer FLOPs")
RELATIVE_CHANGE_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*(?:points?\s+)?(?:absolute\s+|relative\s+)?(?:higher|better|improvement|gain|increase)\b")
# "around 3.8x higher than prior methods", "2.54 times that of SGR", "1.6 times better consistency": a multiple of a score
# (the results README records it, unit "x"); speed-ups and sizes ("3x faster", "4x larger") stay no score
MULTIPLE_OF_SCORE_AFTER: Final = re.compile(r"\s*(?:higher|better|greater|lower|that\s+of)\b")
# the start of a "from A to B" change: A
CHANGE_FROM: Final = re.compile(r"from\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+)?\$?(\d[\d.,]*)")
# "maintain 95% accuracy of BERT", "retaining 97% of its performance": a share of another score, no score
KEEP_BEFORE: Final = re.compile(r"\b(?:maintain|retain|preserv|keep|kept|recover)\w*\s+(?:only\s+|about\s+|over\s+|nearly\s+|up\s+to\s+)?$", re.I)
SHARE_AFTER: Final = re.compile(r"\s*(?:\\?%|percent)\s+of\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:accuracy|performance|quality|scores?)\b")
KEPT_SHARE_AFTER: Final = re.compile(r"\s*(?:\\?%|percent)\s+(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:accuracy|performance|quality|scores?)\s+of\s+"
                              r"(?:the\s+|a\s+)?(?:original|full|teacher|[A-Z])")
# "the upper bound ... is calculated at 19.26 BLEU", "an oracle reaches 71%": not a method's score
BOUND_BEFORE: Final = re.compile(r"\b(?:upper|lower)[- ]bounds?\b|\boracles?\b", re.I)
# "100% success rates in 7/8 tasks": a value holding for a part of what was evaluated
SUBSET_AFTER: Final = re.compile(r"\s*(?:\\?%\s*)?(?:[\w-]+\s+){0,3}?(?:in|on|for|of)\s+\d+\s*(?:/|out\s+of|of)\s*\d+\b")
# "an error of 0.038 (EPE3D)": an acronym in parentheses right after a value names what it measures
PAREN_ACRONYM_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*\(\s*(?P<acr>[A-Z][A-Za-z0-9@-]*[A-Z0-9][A-Za-z0-9@-]*)\s*\)")
# "a maximum success rate of only 20%", "peak accuracy of 91%": a hedge on the metric, no firm score; a maximum error
# ("a maximum error of 6.0 m", "maximum positioning error of 1.8 mm") is the worst case measured, a firm score of its own
HEDGED_METRIC_BEFORE: Final = re.compile(r"\b(?:maximum|max|peak)\s+(?!(?:[\w-]+\s+){0,2}?(?:error|deviation)s?\s)(?:[\w-]+\s+){1,3}?(?:of|is|was|at|reaches|reached)\s+(?:only\s+|just\s+)?$", re.I)
# "a reduction in performance decline from 1.5 mAP to 0.3 mAP", "narrows the gap from 10% to 2%": the numbers are differences
GAP_CHANGE_BEFORE: Final = re.compile(
    r"\b(?:(?:gap|difference|margin)s?|(?:reduc|narrow|shrink|clos|decreas|cut|lower|mitigat|halv)\w*\s+(?:in\s+|of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:declines?|drops?|degradation|loss|losses))\s+(?:[\w-]+\s+){0,2}?from\s+\$?(?:\d[\d.,]*\s*(?:\\?%|[\w-]+)?\s*\$?\s+to\s+\$?)?$", re.I)
# "at a low false positive rate of 5%", "recall at IoU 0.1": the operating point another score is read at
AT_OPERATING_POINT_BEFORE: Final = re.compile(
    r"\bat\s+(?:an?\s+|the\s+)?(?:(?:low|high|fixed|given|strict)\s+)?(?:IoU|overlap|precision|recall|(?:false|true)\s+(?:positive|alarm|acceptance|rejection)\s+rates?|"
    r"[FT]PR|FAR)(?:\s+(?:threshold\s+)?(?:of|=|:))?\s*$", re.I)
# "21.1% vs 17.6% mAP": two scores compared (a list of two, not a margin)
VERSUS_GAP: Final = re.compile(r"\s*(?:\\?%|points?)?\s*(?:vs\.?|versus)\s*\$?$")
# "13.36% 9.96% and 1.01%" in an abstract that lost its commas: bare values side by side ending in "and <value>"
COMMA_LESS_LIST_AFTER: Final = re.compile(r"(?:\s*(?:\\?%)?\s+\+?\d+(?:\.\d+)?)*\s*(?:\\?%)?\s+(?:and|or)\s+\+?\d")
# "by margins of 4.8% mAP 5.4% AP50 and 3.9% mIoU" in an abstract that lost its commas: a metric, then the list's next value
COMMA_LESS_ITEM_GAP: Final = re.compile(r"\s*(?:\\?%)?\s*[\w@.^-]+\s+(?:and\s+)?\+?")
# "the L 2 error": a letter and a digit are a name
LETTER_BEFORE: Final = re.compile(r"(?<![\w.])[A-Z]\s$|\b[Tt]ype\s$")  # "the L 2 error", "type 1 error": a name
# "reducing the number of clicks to achieve 85% and 90% IoU": a count needed to reach a level, which is no score
COUNT_TO_REACH_BEFORE: Final = re.compile(r"\b(?:clicks|steps|iterations|epochs|queries|samples|trials|episodes|demonstrations|labels|annotations|examples|"
                                   r"rounds|updates)\s+(?:(?:needed|required)\s+)?to\s+(?:achieve|reach|obtain|attain)(?:\s+an?)?\s*$", re.I)
# "an accuracy of 90% and more", "95% or higher": a level reached at least, hedged like "over 90%"; "decreases the
# WER by 55% in some cases", "3% in the best cases": a conditional variant, no firm score
HEDGE_AFTER: Final = re.compile(r"^\s*(?:(?:and|or)\s+(?:more|higher|above|better|greater|beyond)\b(?!\s+than)"
                                r"|in\s+(?:some|certain|a\s+few|(?:the\s+)?best)\s+cases?\b)", re.I)
# "exceeding the previous SOTA 0.19dB": a margin written right after the compared state of the art, no "by"
MARGIN_AFTER_COMPARED: Final = re.compile(r"\b(?:exceed|surpass|outperform|beat)(?:s|ed|ing)?\s+(?:the\s+)?(?:previous\s+|prior\s+|current\s+|existing\s+)?"
                                   r"(?:SOTA|state[- ]of[- ]the[- ]art|best|baselines?)(?:\s+(?:methods?|models?|results?|approach(?:es)?))?\s+\$?$", re.I)
