"""Meetings: the event(s) a release is about.

The main event comes from the title ("Outcome of the Meeting of …", "X Meets with Y",
"… Takes Place") and the first body sentence with a meeting verb (held, met, will visit, had
telephone talks, co-chaired …). Status, format, date (+ inferred year), time, place
(city/venue/sidelines), series/ordinal and participants with roles are read around it. A
parent event named in the title ("… Meeting for the <Event>") becomes a second meeting when
the text dates it ("scheduled to take place in December"). Briefings announcing future
events give one planned meeting per announcing paragraph. Releases without a meeting verb
(statements, condolences, aid announcements) give none.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from .common import Text, norm, slug, trie_pattern, windowed_finditer
from .countries import CAPITALS, city_country, city_regex, country_name, lookup_country, lookup_demonym
from .dates import MONTH_NAMES, YearContext, explicit, find_dates
from .names import Mention, PeopleFinder, korean_looking
from .organizations import OrgCollector
from .types import MeetingMention, ParticipantMention, PartialDate
from . import rules_r6a, rules_r7a
from .rules_r6c import briefing_item_groups, meal_with_other_group, weekday_in_visit_range
from .rules_r4d import apply_roles as apply_r4d_roles, extra_trigger as r4d_trigger, event_name as r4d_event_name, multilateral_name as r4d_multilateral_name
from . import rules_r6b
from . import rules_r7b

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r" in ((?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)")
_RX1 = re.compile(r"(?:video ?conference|video call|meeting|talks|virtual meeting) between\b")
_RX2 = re.compile(r" (?:on|for|of the|regarding|about) ")
_RX3 = re.compile(r"\bvideo ?conference$|\bvideo call$")
_RX4 = re.compile(r"\b(?:rok|korea)-([a-z .’'-]+?) (?:foreign )?ministers")
_RX5 = re.compile(r"\b(?:meeting|talks|conference|consultations?|dialogue|committee|commission|summit|forum|ministerial)\b")
_RX6 = re.compile(r"\b(?:committee|commission|working group)\b")
_RX7 = re.compile(r"\b(?:consultations?|dialogue)\b")
_RX8 = re.compile(r"\b(?:trilateral|quadrilateral|multilateral)\b|\b[a-z]+-[a-z]+-[a-z]+ (?:[a-z’'-]+ )*(?:meeting|ministerial|talks)\b")
_RX9 = re.compile(r"\b(?:consultations?|dialogue|committee|commission|summit)\b")
_RX10 = re.compile(r"\b(?:rok|korea)-([a-z .’'-]+?) (?:foreign ministers|senior officials|vice[- ]ministers)")
_RX11 = re.compile(r"\bsummit\b")
_RX12 = re.compile(r"\bsummit(?: [a-z0-9’'-]+)?$")
_RX13 = re.compile(r" of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?")
_RX14 = re.compile(r"\b(?:attended by|in the presence of|witnessed by)\s")
_RX15 = re.compile(r"(?:one held in|the one in|following the one|after the one|since)\s*[\w ]*$")
_RX16 = re.compile(r"\b(?:in|at) (?:the )?$")
_VISIT_MORE_RE = re.compile(r"(?:,? and |, )(?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)")
_RX17 = re.compile(r"(?:invitation|request|time|end|beginning|start|occasion|sidelines|margins|\d|a |the same|least|most|present|which|that|this)")
_RX18 = re.compile(r"(?:jointly presided over by|co-chaired by|co-presided over by|co-hosted by)(?:(?! by ).)*$")
_RX19 = re.compile(r"(?:(?! by )[^.;])*?\b(?:co-(?:chair|chaired|host|hosted|chairs|presided over)|jointly (?:presided over|chaired|hosted))\b(?! by\b)")
_RX20 = re.compile(r"\bwith\s[^,]*$")
_RX21 = re.compile(r"co-chair(?:ed)? the [^.;]* with\s(?:the\s)?[^,;]{0,80}$")
_RX22 = re.compile(r"(?:chaired by|presided over by|under the chairmanship of|chaired by)\s(?:the\s)?[^,;]{0,80}$")
_RX23 = re.compile(r"[^.;]{0,30}?\b(?:chaired|chairs|will chair|to chair|presided over|will preside over)\b")
_RX24 = re.compile(r"co-chair")
_RX25 = re.compile(r"[.;]\s")
_RX26 = re.compile(r"\b(?:brought together|was attended by|were attended by|attended by|participants included|with the participation of)\s")
_RX27 = re.compile(r",\s|\sand\s(?=the\s|\d)")
_RX28 = re.compile(r"\d{1,2}\.\s")
_RX29 = re.compile(r"[°◦o•\-–※*▷]\s")
_RX30 = re.compile(r"^The (?=\d)")
_RX31 = re.compile(r"\bbriefing session\b")
_RX32 = re.compile(r"\bin ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_RX33 = re.compile(r"\bat the invitation of ")
_RX34 = re.compile(r"\b(?:Vice|Deputy|Assistant|Under)\b")
_RX35 = re.compile(r"\btalks\b")
_RX36 = re.compile(r"\b(?:Visit|Trip|Tour) (?:to|of) (?:the )?([A-Z][\w.’'-]*(?:,? (?:of )?[A-Z][\w.’'-]*){0,3})")
_RX37 = re.compile(r"[^\w .-]")
_RX38 = re.compile(r"\b(?:paid (?:a |an )?courtesy call on|called on|(?P<by>received (?:a |an )?courtesy call from)) ([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|and|for|to))*)")
_RX39 = re.compile(r"(?: (?:of|the|and|for|to))+$")
_RX40 = re.compile(r"(?:a|an|their|his|her|its|the|bilateral|telephone|phone|video)\b")
_RX41 = re.compile(r"(?:^| )[A-Z]")
_RX42 = re.compile(r" [a-z]")
_RX43 = re.compile(r"\b(?:on|for|of|and|the|in)\b")
_RX44 = re.compile(r"\bmeetings\b")
_RX45 = re.compile(r"\b(?:sidelines|margins|on the occasion of|during the|in the framework of)\b")
_RX46 = re.compile(r"\b(?:visit|travel)")
_RX47 = re.compile(r" \([^()]*\)$")
_RX48 = re.compile(r"the (\w+) (?:of its kind|such meeting)")
_RX49 = re.compile(r"\b(?:for|of) the ((?:19|20)\d{2} [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,8})$")
_RX50 = re.compile(r",? (?:which|that)? ?(?:is|was|will be)? ?(?:tentatively )?(scheduled to take place|scheduled for|to be held|will take place|will be held|takes place|is to be held)\b")
_RX51 = re.compile(r" (?:takes place|will take place|will be held|is held) in ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")

_VISIT_NOUN = r"(?:a |an )?(?:[\w-]+ ){0,2}(?:visit|trip)"
# every TRIGGER_RE match contains one of these (a literal scan, much cheaper than the pattern)
_TRIGGER_HINT_RE = re.compile(
    r"held|hold|place|met|meet|call|sign|visit|trip|trav|talk|conversation|consultation|conference|chair|"
    r"presided|host|attend|scheduled|convene|spoke|speak|cancel|postpone|receiv|led|lead|head|particip|part in|"
    r"deliver|gave|made|"
    r"Meeting|Conference|Forum|Summit|Dialogue|Session|Ministerial|Consultation|Talks")
TRIGGER_RE = re.compile(
    r"\b(?:was held|were held|is held|will be held|to be held|took place|takes place|will take place|"
    r"(?:held|hold|holds|will hold|to hold) (?:a |the |an |their |its )?(?:[\w’'-]+[ -]){0,7}(?i:meeting|talks|consultations?|conference|dialogue|summit|session|luncheon|dinner|call|conversation|videoconference|committee|commission|forum)|"
    r"paid (?:a |an )?courtesy call|called on|(?:will |to )?pay (?:a |an )?courtesy call|signed|"
    r"received (?:a |an )?(?:courtesy )?call from|received (?:a |an )?(?:[\w-]+ )?delegation|received (?=(?:[A-Z][\w’'-]* ){1,6}(?:[A-Z][\w’'-]*|of)\b)|"
    r"met with|met|meets|will meet|to meet|will hold|will visit|visited|is visiting|are visiting|"
    r"(?:paid|pays|is paying|are paying|will pay|to pay|made|makes|will make|to make) " + _VISIT_NOUN + r"|"
    r"(?:will |to )?travel to|travell?ed to|travels to|is travell?ing to|"
    r"had (?:a |an )?(?:\w+[ -]){0,3}(?:talks|conversation|call|meeting|consultation|videoconference|conference)|"
    r"co-chaired|chaired|presided over|hosted|attended|will attend|to attend|is scheduled to (?:visit|hold|attend|take place|meet)|"
    r"(?:led|leads|will lead|to lead|headed|heads|will head) (?:the |a |an )?(?:[\w’'-]+ ){0,3}delegation (?:to|at)|"
    r"(?:participated|will participate|to participate|took part|will take part|to take part) in|"
    r"(?:Meeting|Conference|Forum|Summit|Dialogue|Session|Ministerial|Consultations?|Talks)(?:’s|'s)?"
    r"(?: (?:for|on|of) (?:the )?(?:[A-Z][\w’'-]*,? (?:and )?){1,6}?)? held (?:in|on|at|virtually|via)|"
    r"(?:delivered|delivers|will deliver|gave|made) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:speech|remarks|address|statement|lecture) (?:at|to)|"
    # "will give welcoming remarks at the … Forum"; "the … Forum, where X will make an opening speech"
    r"(?:will|to) (?:give|make|deliver) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:speech|remarks|address) (?:at|to)\b|"
    r"(?<=, where )(?:[A-Z][\w’'-]* ){1,5}(?:will|is to) (?:give|make|deliver) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:speech|remarks|address)|"
    r"convened|was convened|will co-chair|will chair|to co-chair|to chair|"
    r"(?:spoke|talked|will speak|will talk) (?:over|on|by) (?:the )?(?:tele)?phone|"
    # "talked to Secretary of State X of the US on July 27", "spoke with Minister … on the phone"
    r"(?:spoke|talked|will speak|will talk) (?:to|with) (?=(?:[A-Z]|(?:his|her|their) [A-Z\w]+ counterpart))|"
    # "will have a luncheon meeting with", "has a meeting with"
    r"(?:will have|to have|has|have) (?:a |an )?(?:\w+[ -]){0,3}(?:talks|conversation|call|meeting|consultation|videoconference|conference) with|"
    r"(?:has|have|had) been (?:cancell?ed|postponed|called off)|will be (?:cancell?ed|postponed))\b"
)
# a trip as such ("paid an official visit to Uzbekistan from June 7 to 9") as opposed to an
# encounter during it ("held talks with", "paid a courtesy call on", "signed", "attended")
VISIT_VERB_RE = re.compile(
    r"\b(?:(?:paid|pays|is paying|are paying|will pay|to pay|made|makes|will make|to make) " + _VISIT_NOUN +
    r"|visited|will visit|is visiting|are visiting|visits|(?:will |to )?travel to|travell?ed to|travels to|"
    r"is travell?ing to)\b")
ENCOUNTER_RE = re.compile(
    r"\b(?:held|hold|holds|met|meet|meets|courtesy call|called on|signed|received|talks|conversation|co-chair(?:ed|s)?|"
    r"chair(?:ed|s)?|presided|hosted|will host|to host|attend(?:ed|s)?|convened|spoke|talked|participated in|"
    r"take part in|took part in|was held|will be held|took place|will take place)\b")
VISIT_PLACE_RE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|visit to|trip to|travel(?:s|led|ed|ling|ing)? to) (?:the )?([A-Z][\w.’'-]*(?:,? (?:of )?[A-Z][\w.’'-]*){0,3})")
BACKGROUND_START_RE = re.compile(r"(?:Previously|Earlier(?! (?:on )?(?:that|the same|in the) (?:day|morning|afternoon|evening))|Meanwhile, the|In (?:19|20)\d\d|Since|The previous|The last|Last year)\b")
PAST_PERFECT_RE = re.compile(r"\bhad (?:last |previously |already |earlier |first |also )?$")
# a sentence about the meeting already reported ("The meeting, chaired by …, …")
ANAPHOR_RE = re.compile(r"(?:The|This|That|It|In the|At the) (?:meeting|talks|consultations?|dialogue|"
                        r"conference|forum|session|call|conversation|event|visit|ministerial)\b")
# the same, with the series' head noun capitalised as in its name ("The Dialogue took place as
# the two countries mark …", "The Consultation was attended by …")
_ANAPHOR_CAP_RE = re.compile(r"(?:The|This|That|At the|In the) (?:Meeting|Talks|Consultations?|Dialogue|Conference|"
                             r"Forum|Session|Committee|Commission|Ministerial|Summit)\b(?! (?:of|on|for|in)\b)")
# dates relative to the previous meeting of the release
RELATIVE_RE = re.compile(
    r"\b(?:(?P<same>[Ll]ater (?:that|the same|in the) (?:day|morning|afternoon|evening)|[Oo]n the same day|"
    r"[Tt]he same day|[Tt]hat (?:same )?(?:morning|afternoon|evening|night)|[Ee]arlier (?:that|the same|in the) "
    r"(?:day|morning|afternoon)|"
    # "Following the Dialogue, X paid a courtesy call on Y": the same day as the meeting before
    r"(?:[Ff]ollowing|[Aa]fter|[Pp]rior to|[Aa]head of) (?:the|this) (?:[\w’'-]+ ){0,2}(?:[Mm]eeting|[Ff]orum|"
    r"[Cc]onference|[Tt]alks|[Dd]ialogue|[Cc]onsultations?|[Ss]ession|[Cc]ommittee|[Cc]ommission)(?=,)|"
    r"[Oo]n the (?:sidelines|margins) of (?:the|this|that) (?:[A-Z][\w’'-]* |(?:bilateral|trilateral|ministerial|"
    r"plenary|three-way) )?"
    r"(?:[Mm]eeting|[Ff]orum|[Cc]onference|[Ss]ummit|[Tt]alks|[Dd]ialogue|[Cc]onsultations?|[Ss]ession|[Ee]vent|"
    r"[Mm]inisterial|[Vv]isit|[Cc]ommittee)|"
    r"[Dd]uring the (?:meeting|conference|forum|summit|session|ministerial|event)|"
    r"[Oo]n the occasion of (?:the|this) (?:meeting|conference|forum|summit|session|ministerial|event))|"
    r"(?P<visit>[Dd]uring (?:the|this|his|her|their)(?: (?:first|official|working|two-day|three-day|upcoming))? (?:visit|stay|trip)|"
    r"While in (?:the ROK|Korea|the Republic of Korea)(?=,))|"  # r7b: "During this first visit", "While in the ROK,"
    r"(?P<next>(?:[Oo]n )?[Tt]he (?:following|next) (?:day|morning|afternoon|evening)|[Tt]he day after)|"
    r"(?P<prev>[Tt]he (?:previous|preceding) day|[Tt]he day before)|"
    r"(?P<later>(?P<n>two|three|four|five|\d) days later))\b")
RANGE_RE = re.compile(r"\b(?:from|between) (?:[A-Z][a-z]+\.? )?\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})? (?:to|until|through|till|and|-|–) ")
_DATE_BACKGROUND_RE = re.compile(
    r"(?:one held in [\w ]*|since|until|till|following the one [\w ]*|after the one [\w ]*|"
    r"\b(?:outcomes?|results?|follow-up|follow up|agreements?|since|following|after|previous|last|earlier|at)"
    r" (?:of |on |to |at )?(?:the |their |its |this )?(?:[\w’'-]+ ){0,3}(?:summit|meeting|talks|visit|conference|"
    r"consultations?|dialogue|forum|session)(?: held)? (?:in|on) )$")
_UNKNOWN_CITY_RE = re.compile(
    r"\bin ([A-Z][^\W\d_]+(?:[’'-][^\W\d_]+)*(?: [A-Z][^\W\d_]+)?)(?:, (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[ ,.]|$)| (?=on (?:[A-Z][a-z]+day|"
    + MONTH_NAMES + r")\b|from (?:" + MONTH_NAMES + r")\b))")
_NOT_PLACE = frozenset("January February March April May June July August September October November December "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That Its Their His Her "
                       "Person Principle Particular General Addition Response Order Line Support".split())
# a sentence after the meeting's own that tells who chairs/leads/attends it
FOLLOW_ROLE_RE = re.compile(
    r"\b(?:will (?:co-)?chair|(?:co-)?chaired|(?:co-)?chairs|will preside over|presided over|will (?:lead|head) the|"
    r"(?:led|headed) the|leading the|heading the|will attend|attended) (?:the |this |that |a )?(?:[\w’'-]+ ){0,3}?"
    r"(?:[Mm]eeting|[Ff]orum|[Cc]onference|[Ss]ummit|[Tt]alks|[Dd]ialogue|[Cc]onsultations?|[Ss]ession|[Ee]vent|"
    r"[Mm]inisterial|[Cc]ommittee|[Cc]ommission|[Dd]elegation|[Ss]ide)\b|"
    r"\bdelivered (?:the |a |an )?(?:opening|closing|welcoming|welcome|congratulatory) (?:remarks|speech|address)\b")
# members of a delegation or a principal's entourage, told after the principal ("was accompanied
# by …", "the delegation included …"): attendees, whichever side they are on
ACCOMP_FOLLOW_RE = re.compile(r"\b(?:(?:was|were) (?:also )?(?:accompanied|joined) by|delegations? (?:also )?included)\b")
_PASSIVE_ROLE_RE = re.compile(r"\b(?:was|were) (?:jointly )?(?:co-chaired|chaired|presided over|co-presided over|moderated|attended) by\b")
_SPEAKER_RE = re.compile(r"\bdelivered (?:a |the |an )?(?:(?:keynote|opening|closing|welcoming|special|congratulatory) )*(?:speech|remarks|address|presentation)\b")
_RX_PARA_NUM = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)")
_SIDE_DEMONYM_RE = re.compile(r"\b(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:delegation|side)\b(?![^.;]*\b(?:delegation|side)\b)")
_MEETING_OF_RE = re.compile(
    r"\b(?:chaired|co-chaired|held|hosted|convened|presided over) a meeting of (the )?((?:[\w’'-]+ ){0,9}?[\w’'-]+)"
    r"(?= at | in | on (?:[A-Z][a-z]+day|(?:" + MONTH_NAMES + r") \d)| via | with |,|\.)")
# cues of a side's members: "On the Korean side,", "the Swedish delegation included",
# "attended by … officials …, including"
_SIDE_CUE_RE = re.compile(r"\b(?:[Oo]n the (?P<dem>[A-Z][a-z]+(?: [A-Z][a-z]+)?) side,|(?:[Tt]he |[Tt]he (?P<dem2>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )"
                          r"delegation (?:also )?included|(?:attended by|joined by|participation of) [^.;]{0,120}?\bincluding)\s")
_SIDE_ONLY_RE = re.compile(r"(?:[Oo]n the [A-Z][a-z]+(?: [A-Z][a-z]+)? side,|The meeting|The [A-Z][a-z]+,? )")
_TWO_SIDES_SUBJ_RE = re.compile(r"(?:During the visit, |On [A-Z][a-z]+ \d{1,2}, )?(?:The|the) two (?:ministers|Ministers|sides|foreign ministers|leaders) will\b")
_TOOK_PART_RE = re.compile(r"\b(?:brought together|was attended by|were attended by|participants included|with the participation of)\s")
_REMARKS_RE = re.compile(r"\bdelivered (?:the |a |an )?(?:opening|closing|welcoming|welcome|congratulatory) (?:remarks|speech|address)\b")
_MEMBER_CUE_RE = re.compile(r"\b(?:(accompanied by|joined by|included|accompanying)|headed by|led by|chaired by|with)\b")
_BILATERAL_AFTER_RE = re.compile(r"\b(?:(?:held|had|holds|has) (?:a |an )?(?:[\w-]+ ){0,2}(?:talks|meeting|conversation) with|"
                                 r"met with|met|meets|called on|paid (?:a |an )?courtesy call on)\b")
# a named event announced in a relative clause of another sentence ("reviewed the preparations
# for the Korea-Africa Summit, which is scheduled to take place in Seoul on June 4 and 5"): a
# planned meeting of the release
_ANNOUNCED_RE = re.compile(
    r"\bthe ((?:\d{1,3}(?:st|nd|rd|th) )?(?:(?:19|20)\d\d )?[A-Z][\w’'-]*(?: (?:[A-Z0-9][\w’'-]*|of|on|for|and|the))*? "
    r"(?:Summit|Conference|Forum|Ministerial|Meeting|Dialogue|Consultations?|Commission|Committee|Expo)),? "
    r"(?:which|that) (?:is|are|will be) (?:tentatively )?(?:scheduled to (?:take place|be held)|set to (?:take place|be held)|"
    r"to be held|slated to (?:take place|be held))\b")
_ANNOUNCED_WILL_RE = re.compile(
    r"\bthe ((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?"
    r"(?:\d{1,3}(?:st|nd|rd|th) )?(?:(?:19|20)\d\d )?[A-Z][\w’'-]*(?: (?:[A-Z0-9][\w’'-]*|of|on|for|and|the))*? "
    r"(?:Summit|Conference|Forum|Ministerial|Meeting|Dialogue|Consultations?|Commission|Committee|Expo)),? "
    r"(?:which|that) will (?:take place|be held|be convened)\b")
_ANNOUNCED_WILL_HINT_RE = re.compile(r"(?:which|that) will (?:take place|be held|be convened)\b")
_RX_SPELLED_ORD = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) ", re.I)
_DAY_IN_RE = re.compile(r"\b(?:" + MONTH_NAMES + r") \d{1,2}\b")
_ANNOUNCED_HINT_RE = re.compile(r"(?:scheduled|set|slated) to|to be held")
_NOT_YET_RE = re.compile(r"\b(?:agreed|agree|agrees|proposed|proposes|suggested|invited [\w ’'-]{1,50}?|"
                         r"requested|asked [\w ’'-]{1,50}?|looked forward to|look forward to|"
                         # a hope, a wish or a continuing effort is not a meeting of this release
                         # ("expressed his hope to meet … at an early date", "will continue to take part in")
                         r"hope|hopes|hoped|hoping|wish|wishes|wished|(?:his|her|their|its) (?:hope|wish|desire|willingness)|"
                         r"continue|continues|continued|continuing)(?: to)? $")
# a meeting that is the topic of a discussion ("discussed the … meetings to be held the next day")
_TOPIC_VERB_RE = re.compile(r"\b(?:discussed|discuss|discusses|reviewed|exchanged views on|talked about|shared views on)\b")
# a standing arrangement in the present passive ("whose secretariat is hosted in Songdo")
_STANDING_PASSIVE_RE = re.compile(r"\b(?:is|are) (?:currently |also )?$")
# a headline ("Korea and ASEAN Hold Inaugural … Forum in Incheon") is not the event's name
HEADLINE_VERB_RE = re.compile(r"\b(?:Holds?|Hosts?|Co-hosts?|Attends?|Co-chairs?|Chairs?|Opens?|Convenes?|Launch(?:es)?|"
                              r"Meets?|Visits?|Leads?|Heads?|Participates?|Joins?|Delivers?|Addresses|Speaks?|"
                              r"Takes Part|Receives?|Welcomes?|Reviews?|Discuss(?:es)?|Explores?|Examines?|Marks?|Celebrates?|"
                              r"Seeks?|Urges?|Agrees?|Calls? for|Strengthens?|Promotes?|Wraps? Up|Kicks? Off)\b")
_SEVERAL_SIDES_RE = re.compile(r"\b(?:trilateral|three-way|quadrilateral|four-way) (?:[\w-]+ )?(?:meeting|talks|call|"
                               r"conversation|videoconference|video conference)\b", re.I)
_EVENT_EXT_RE = re.compile(r"(?: [A-Z][\w’'-]*){0,4} (?:Meetings?|Consultations?|Dialogue|Talks|Conference|Summit|Forum|"
                           r"Ministerial|Committee|Commission|Workshop|Seminar|Symposium|Session)\b")
_EVENT_EXT_LOWER_RE = re.compile(r"(?: [a-z][\w’'-]*){0,2} (?:meetings?|consultations?|dialogue|talks|conference|summit|forum|"
                                 r"committee|commission|workshop|seminar|symposium|session)\b")
_NAME_FUNCTION_WORDS = frozenset(("of", "on", "and", "the", "for", "in", "to", "at", "between", "with"))
_PASSIVE_TRIGGER_RE = re.compile(r"(?:was|were|is|will be|to be) held$|(?:took|takes|will take) place$")
_EVENT_NOUN_RE = re.compile(r"(?i:meeting|conference|forum|summit|dialogue|consultation|talks|session|committee|commission|"
                            r"ministerial|workshop|seminar|symposium|ceremony|event|round|call|conversation|luncheon|"
                            r"dinner|breakfast|visit|briefing|roundtable|exchange|gathering|celebration|reception)")
_EVENT_NAME_RE = re.compile(
    r"\b(?:attend|hold|co-chair|chair|host|held|attended|co-chaired|chaired|hosted|convened|participated in|take part in|"
    r"took part in|presided over|co-presided over|opened|delegation to|(?:speech|remarks|address|lecture) at|session of)"
    r"\s(?:the\s)?((?:\d{1,3}(?:st|nd|rd|th)\s)?(?:[\w’'-]+\s){0,10}?(?:[Mm]eetings?|[Cc]onsultations?|[Dd]ialogue|[Tt]alks|"
    r"[Cc]onference|[Ss]ummit|[Ff]orum|[Mm]inisterial|[Cc]ommittee(?: on (?:[A-Z][\w-]*|and)(?: (?:[A-Z][\w-]*|and))*)?|"
    r"[Cc]ommission|[Ww]orkshop|[Ss]eminar|[Ss]ymposium|[Ss]ession|[Ee]vent(?: for the [A-Z][\w ]*)?))\b")
_EVENT_TOPIC_RE = re.compile(r" (?:for|on|of) (?:the )?([A-Z][\w’'-]*(?:(?:,| and| of| the| for| on)* [A-Z][\w’'-]*){0,6})")
_CAL_WORD_RE = re.compile(r"(?:" + MONTH_NAMES + r"|"
                          r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REL_DAY_RE = re.compile(r"\b(?:on |this |next |last )?((?:[Tt]his |[Nn]ext |[Ll]ast )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday)|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|this (?:morning|afternoon|evening))\b(?!,? (?:January|"
                         r"February|March|April|May|June|July|August|September|October|November|December|\d))")
# "In her meeting with Foreign Minister X on the morning of October 20, Minister Y will discuss …"
# (tried after TRIGGER_RE, on sentences holding "meeting with"/"talks with")
_IN_MEETING_RE = re.compile(r"(?<![\w,] )[Ii]n (?:his|her|their) (?:[\w-]+ )?(?:meeting|talks) with(?= (?:[A-Z]|his |her |their ))")
_REL_DAY_WORD_RE = re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b")
_RECALLED_RE = re.compile(r"\b(?:recalled|recalling|recall|noted|noting|reminded|reminding|remembered)(?: [\w’'-]+){0,3} that\b|"
                          r"\bsince (?:the|their|its) ")
_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, **{str(i): i for i in range(1, 10)}}
# "the Agreement, which was signed in December last year": background, not a signing
BACKGROUND_SIGNED = r"signed(?<=\bsigned)(?<!which was signed)(?<!which were signed)(?<!that was signed)(?<!that were signed)(?<!which had been signed)(?<!that had been signed)\b(?! (?:in |on )?(?:(?:19|20)\d\d|last year|[A-Z][a-z]+ (?:(?:19|20)\d\d|last year)))"
SIGNED_RE = re.compile(BACKGROUND_SIGNED)
_SIGNED_QUOTED_RE = re.compile(r"\bsigned (?:the |a |an )?(?:revised )?[「“\"]([^」”\"]{5,150})[」”\"]")
_SIGNED_PLAIN_RE = re.compile(r"\bsigned (?:the |a |an )?([A-Z][^.,;(「“\"]{4,150})")
_SIGNED_CUT_RE = re.compile(r" (?:at|during|with|which|that|following|after|before|under|on the sidelines|"
                            r"in the presence)\b| on (?:[A-Z][a-z]+day|(?:" + MONTH_NAMES + r") \d)")
PLANNED_RE = re.compile(r"\b(?:will|is scheduled|are scheduled|is to|are to|plans to|to be held|is set to|upcoming)\b")
CANCELLED_RE = re.compile(r"\b(?:cancell?ed|postponed|called off)\b")
PHONE_RE = re.compile(r"\b(?:telephone|phone call|phone talks?|over the phone|on the phone|by phone|phone conversation)\b", re.I)
VIRTUAL_RE = re.compile(r"\b(?:virtual(?:ly)?|video ?conference|videoconference|video call|video link|online format|online meeting|via video|"
                        r"(?:video[- ])?teleconference|web ?conference|webinar)\b", re.I)
TIME_RE = re.compile(r"\b(?:at\s)?(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)(?![a-z])|\b(?:at\s)(\d{1,2}):(\d{2})\b", re.I)
VENUE_RE = re.compile(r"\bat (?:the |its |their |his |her )?((?:[\w’'.-]+ ){0,9}?[\w’'.-]+)(?=,| \([A-Z]{2,8}\)| in [A-Z]| on [A-Z]| at \d| and (?:was|were|had)| to (?!the )[a-z]|\.|$)")
SIDELINES_RE = re.compile(r"on the (?:sidelines|margins) of (?:the )?((?:[\w’'-]+ ){0,12}?[\w’'-]+)(?= in [A-Z]| on [A-Z]|,|\.|$)(?: in ([A-Z][\w.]*(?: [A-Z][\w.]*)?))?")
TITLE_STRIP_RE = re.compile(r"^(?:(?:The )?(?:Outcome|Outcomes|Results?|Opening|Holding) of (?:the )?)", re.I)
TITLE_TAIL_RE = re.compile(r"\s+(?:Takes? Place|Is Held|Was Held|Held|to Be Held|to be Held|Convened|Opens|Concludes|Kicks Off|Wraps Up)(?:\s+in\s+[A-Z][\w. ]*)?$")
EVENT_KW_RE = re.compile(r"\b(?:Meeting|Consultations?|Dialogue|Talks|Conference|Summit|Forum|Ministerial|Committee|Commission|Workshop|Seminar|Symposium|Session|Working Group|Roundtable|Round Table)\b")
BILATERAL_TITLE_RE = re.compile(r"^(.+?)\s(?:Meets?|Holds?(?: \w+)? (?:Talks|Meeting|Phone Call|Conversation|Video Conference|Videoconference|Video Call)|Has(?: \w+)? (?:Talks|Meeting|Phone Call|Conversation|Video Conference|Videoconference|Video Call)|Talks|Speaks)(?:\s(?:with|to))?\s(.+)$")
VISIT_TITLE_RE = re.compile(r"^(.+?)\s(?:to Visit|Visits|Pays (?:an? )?(?:\w+ ){0,2}Visit to|Makes (?:an? )?(?:\w+ ){0,2}Visit to)\s(.+)$")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL_RE = re.compile(r"^(?:the\s)?(\d{1,3})(?:st|nd|rd|th)\s(.+)$", re.I)
KIND_OF_VENUE_CITY = {"ministry of national defense": "Seoul", "ministry of foreign affairs": "Seoul",
                      "national assembly": "Seoul", "office of the president": "Seoul",
                      # the ROK's ministry as a release of its own names it ("at the Foreign Ministry")
                      "foreign ministry": "Seoul", "ministry": "Seoul"}
# "The 2021 Seoul UN Peacekeeping Ministerial will take place …", "The 5th … Meeting, which had
# been scheduled …, has been cancelled": the event is the sentence's subject
SUBJECT_EVENT_RE = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:(?:First|Second|Secondly|Third|Thirdly|Next|Then|Lastly|Finally|Also|Meanwhile|"
    r"In addition|Additionally|Furthermore|Moreover|Separately),\s)?(?:The |the )?((?:\d{1,3}(?:st|nd|rd|th) )?(?:(?:19|20)\d\d )?[A-Z][\w’'-]*"
    r"(?: (?:[A-Z0-9][\w’'-]*|of|on|for|and|the|in|to))*?)(?:,[^,]{0,160},)? (?:will|is|are|was|were|has|have|had|took|takes|"
    r"opened|kicked off|convened)\b"
)
EVENT_HEAD_RE = re.compile(r"(?:Meetings?|Consultations?|Dialogue|Talks|Conference|Summit|Forum|Ministerial|"
                           r"Committee|Commission|Workshop|Seminar|Symposium|Session|Roundtable)$")
_UNNAMED_HINT = re.compile(r"brought together|attended by|participants included|participation of")
_CALL_ON_RE = re.compile(r"\b(?:paid|pays|pay|paying) (?:a |an )?courtesy (?:call|visit) on\b|\bcalled on\b")
_RESIDENT_TITLE_RE = re.compile(r"\b(?:Ambassador|Consul|Charg[ée]|Head of (?:the )?Mission|Resident Representative)\b")
ACCOMPANIED_RE = re.compile(r"\baccompanying (?:the )?$")
UNNAMED_RE = re.compile(r"\b(?:the |\d+ |ten |two |three |four |five |six |seven |eight |nine )?(?:heads?|officials?|ministers?|representatives?|delegates?|delegations?|experts?|diplomats?|members?|ambassadors?|Director-General|Director General|Ambassadors?)\b")


_MISS = object()
_REL_KEYS = ("later th", "later in", "days later", "same day", "that morning", "that afternoon", "that evening",
             "that night", "that same", "earlier th", "earlier in", "sidelines", "margins", "during the",
             "during this", "during his", "during her", "during their", "occasion of", "following day",
             "following morning", "following afternoon", "following evening", "next day", "next morning",
             "next afternoon", "next evening", "day after", "day before", "previous day", "preceding day",
             "following the", "following this", "after the", "after this", "prior to", "ahead of")


_REL_KEY_RE = re.compile(trie_pattern(_REL_KEYS))


def _relative(sent: str):
    """RELATIVE_RE.search, after a cheap test for its key words (it is slow on plain text)."""
    km = _REL_KEY_RE.search(sent.lower())
    if km is None:
        return None
    # every match starts at most a few words before its key word ("On the sidelines")
    return RELATIVE_RE.search(sent, max(0, km.start() - 20))


_LAST_EVENT_WORD_RE = re.compile(r"\b(summit|consultations?|dialogue|committee|commission|conference|forum|ministerial|"
                                 r"workshop|seminar|symposium|talks|meetings?)\b(?!.*\b(?:summit|consultations?|dialogue|"
                                 r"committee|commission|conference|forum|ministerial|workshop|seminar|symposium|talks|meetings?)\b)")


def _signed_doc(sent: str) -> str | None:
    """The document a sentence says was signed ("signed the 「…」", "signed a Memorandum of
    Understanding on … at …"), or None."""
    m = _SIGNED_QUOTED_RE.search(sent)
    if m:
        return m.group(1).strip()
    m = _SIGNED_PLAIN_RE.search(sent)
    if not m:
        return None
    doc = m.group(1)
    cm = _SIGNED_CUT_RE.search(doc)
    if cm:
        doc = doc[: cm.start()]
    for im in _RX0.finditer(doc):
        if city_country(im.group(1)) or lookup_country(im.group(1)):
            doc = doc[: im.start()]
            break
    doc = doc.strip().rstrip(",")
    return doc if len(doc) >= 5 else None


# "a Memorandum of Understanding on … between A and B was signed in Tashkent by X and Y"
_SIGNED_PASSIVE_DOC_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ((?:Memorandum|Agreement|Arrangement|Protocol|Treaty|Convention|Declaration|Joint Statement|"
    r"Letter of Intent|Record of Discussions|Plan of Action|Action Plan|MOU|MoU)\b[^.;]{0,260}?) (?:was|were) signed\b")
_SIGNED_BY_RE = re.compile(r"\b(?:was|were) signed\b[^.;]{0,60}?\bby\s")
_CEREMONY_ATTENDED_RE = re.compile(r"\b(?:ceremony|signing) (?:was|were) (?:also )?(?:attended|witnessed) by\s")
_THE_TWO_RE = re.compile(r"\b(?:attended|witnessed) by (?:the )?(?:two|both) ((?:[A-Za-z-]+ ){0,2})(ministers|leaders|heads|sides|co-chairs)\b")


def _signed_doc_passive(sent: str) -> str | None:
    m = _SIGNED_PASSIVE_DOC_RE.search(sent)
    if not m:
        return None
    doc = re.split(r" between | by | in (?=[A-Z])", m.group(1))[0].strip().rstrip(",")
    return doc if len(doc) >= 5 else None


def _signatories_passive(parts: list[ParticipantMention], s: int, sent: str) -> None:
    """"… was signed … by X and Y, and the ceremony was attended by Z": the people after
    "signed … by" sign, those after "attended by" attend."""
    bm = _SIGNED_BY_RE.search(sent)
    if not bm:
        return
    wm = _RX14.search(sent, bm.end())
    stop = s + (wm.start() if wm else len(sent))
    for p in parts:
        if not p.person_key or p.span is None:
            continue
        pos = p.span.start
        if s + bm.end() <= pos < stop:
            p.role = "signatory"
        elif pos >= stop:
            p.role = "attendee"


_THREE_SIDES_RE = re.compile(r"\b([a-z]+(?: [a-z]+)?)-([a-z]+(?: [a-z]+)?)-([a-z]+)(?:-([a-z]+))?\b")


def _bare_slug(name: str) -> str:
    """A meeting name's slug without its ordinal or year ("the 2nd …", "2026 …")."""
    return re.sub(r"^(?:the-)?(?:\d{1,3}(?:st|nd|rd|th)-)?(?:(?:19|20)\d\d-)?", "", slug(name))


def _three_sides(n: str) -> bool:
    """A lower-cased name of three or more countries joined by hyphens ("rok-japan-china …")."""
    if n.count("-") < 2:
        return False
    for m in _THREE_SIDES_RE.finditer(n):
        parts = [x for x in m.groups() if x]
        # the first part may carry words before the country ("17th rok"): its last word counts
        parts[0] = parts[0].split(" ")[-1]
        if all(x in ("rok", "korea", "us", "eu") or lookup_country(x) for x in parts):
            return True
    return False


_MEETING_OF_SERIES_RE = re.compile(
    r"^(?:the )?(?:\d{1,3}(?:st|nd|rd|th) |(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?"
    r"(?:meeting|session|round|plenary) of the ((?:[\w’'-]+ ){0,6}?(?:joint )?(?:committee|commission|working group|"
    r"consultations?|dialogue)\b.*)$")


# a headline about several meetings held around an event ("Foreign Minister's Meetings on the
# Occasion of the NATO Foreign Ministers' Meeting"): the event is their context, not their kind
_TITLE_CONTEXT_RE = re.compile(r"\b(?:Meetings|Talks|Bilateral Meetings|Bilaterals|Activities|Diplomacy) "
                               r"(?:on the Occasion of|on the (?:Sidelines|Margins) of|at|during|in the Margins of)\b", re.I)


_TRIP_CITY_RE = re.compile(r"\b(?:is|are|was|were) (?:currently |now )?in ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?:, (?:the )?[A-Z][\w ]+?,)? "
                           r"(?:to attend|to participate in|to take part in|for the)\b")


_ENCOUNTER_NOT_ATTEND_RE = re.compile(r"\b(?:held|met|meets|talks|courtesy call|called on|signed|received|co-chair(?:ed|s)?|"
                                     r"chair(?:ed|s)?|presided|hosted|convened|spoke)\b")


# "in Seoul", "in the capital", "at its headquarters": a held meeting placed somewhere
_RX_PLACED = re.compile(r"\b(?:in|at) (?:the |its |their |his |her )?(?:[A-Z]|capital\b|headquarters\b|residence\b|office\b)")
# received at the receiver's seat: "received a courtesy call from", "called on", "visiting"
_RECEIVED_RE = re.compile(r"\b(?:received|receives|courtesy call|called on|calls on|visit\w*)\b")
_PRESS_BRIEFING_NAME_RE = re.compile(r"\bpress briefing\b|\bregular briefing\b", re.I)


def _kind(name: str, phone: bool, visit: bool) -> str:
    if phone:
        return "phone_call"
    if _PRESS_BRIEFING_NAME_RE.search(name):
        # a spokesperson's briefing is not a meeting: its title names none
        return "visit" if visit else "meeting"
    n = name.lower()
    k6 = rules_r6b.kind(n, lookup_country)  # r6b: multilateral, Korea-<region>, friends of …
    if k6:
        return k6
    if _RX1.match(n):
        return "meeting"  # two named sides
    so = _MEETING_OF_SERIES_RE.match(n)
    if so:  # "the 13th meeting of the ROK-Viet Nam Joint Committee on …": the series decides
        return _kind(so.group(1), phone, visit)
    # the head of the name decides, not what it is "on"/"for" ("Video Conference on Preparations
    # for the … Summit" is a meeting about a summit)
    head = _RX2.split(n, maxsplit=1)[0]
    if _RX3.search(head):
        # between two sides a meeting; a group's ministers ("Korea-SICA Foreign Ministers’ …")
        # meeting by video is a conference
        grp = _RX4.search(head)
        return "conference" if grp and not lookup_country(grp.group(1)) else "meeting"
    if head != n and _RX5.search(head):
        n = head
    if n.startswith("courtesy call"):
        return "meeting"
    last = _LAST_EVENT_WORD_RE.search(n)
    if last and last.group(1) in ("forum", "conference", "symposium", "seminar", "workshop"):
        return "conference"  # "… Dialogue and Cooperation Forum": the head noun decides
    if _RX6.search(n):
        return "committee"
    if _three_sides(n) and "summit" not in n:
        return "conference"  # "ROK-Japan-China Senior Foreign Officials’ Consultation": three sides
    if _RX7.search(n):
        return "consultation"
    if _RX8.search(n) \
            and not _RX9.search(n):
        return "conference"  # three or more sides
    if r4d_multilateral_name(n):
        return "conference"  # r4d: "… Intergovernmental Meeting"
    bi = _RX10.search(n)
    if re.search(r"\bmeetings\b|(?:foreign ministers|senior officials|vice[- ]ministers|leaders|ministers)[’']? meeting|"
                 r"pledging|ministerial", n) and not (bi and lookup_country(bi.group(1))):
        return "conference"
    if _RX11.search(n) and not _RX12.search(n):
        n = n.replace("summit", "")  # "East Asia Summit Senior Officials' Meeting": a meeting of the series
    for kw, k in (("summit", "summit"), ("consultation", "consultation"), ("dialogue", "consultation"),
                  ("committee", "committee"), ("commission", "committee"), ("working group", "committee"),
                  ("conference", "conference"), ("forum", "conference"), ("ministerial", "conference"),
                  ("workshop", "conference"), ("seminar", "conference"), ("symposium", "conference"),
                  ("briefing", "briefing"), ("signing", "signing"), ("luncheon", "meal"), ("dinner", "meal")):
        if kw in n:
            return k
    return "visit" if visit and "meet" not in n else "meeting"


class _VenueSpan:
    """A VENUE_RE match with its name cut short (a sentence's final full stop dropped)."""

    def __init__(self, m, n: int):
        self._m, self._n = m, n

    def start(self, g=0):
        return self._m.start(g)

    def end(self, g=0):
        return self._m.start(1) + self._n if g == 1 else self._m.end(g)

    def group(self, g=0):
        return self._m.group(g)[: self._n] if g == 1 else self._m.group(g)


class MeetingFinder:
    def __init__(self, t: Text, title: str, orgs: OrgCollector, people: PeopleFinder, years: YearContext,
                 section: str = ""):
        self.t, self.title, self.orgs, self.people, self.years = t, title, orgs, people, years
        self.section = section
        self.meetings: list[MeetingMention] = []
        self._trig_memo: dict = {}
        self._multilateral = False

    # ---- helpers
    def _body_sentences(self):
        tl = len(self.title)
        return [(s, e) for s, e in self.t.sentences if s > tl]

    def _mentions_in(self, s: int, e: int) -> list[Mention]:
        return sorted((m for m in self.people.mentions if s <= m.start < e), key=lambda m: m.start)

    def _as_written(self, m: Mention) -> str:
        start = m.title_start if 0 <= m.title_start < m.start else m.start
        end = m.end
        after = _RX13.match(self.t.text[end : end + 40])
        if after and lookup_country(after.group(0)[4:].replace("the ", "", 1)):
            end += after.end()
        return self.t.text[start:end]

    def _date(self, s: int, e: int, status: str, fallback: tuple[int, int] | None = None) -> tuple[PartialDate, tuple[int, int] | None]:
        text = self.t.text
        wr = weekday_in_visit_range(text, s, e, self.years.release_date, status)  # r6c
        if wr is not None:
            return wr
        for rng in ((s, e), "relative", fallback):
            if rng == "relative":  # "yesterday", "on Monday" in the sentence itself
                rel = self._relative_day(s, e, status)
                if rel is not None:
                    return rel
                continue
            if not rng:
                continue
            found = find_dates(text, *rng)
            if len(found) > 1 and any(text[max(0, x.start - 3) : x.start].lower() == "on " for x in found):
                found = [x for x in found if text[max(0, x.start - 3) : x.start].lower() == "on "] + found
            for d in found:
                pre = text[max(0, d.start - 60) : d.start]
                if _DATE_BACKGROUND_RE.search(pre):
                    continue
                if d.year is not None:
                    pd = explicit(d)
                    if pd:
                        return pd, (d.start, d.end)
                local = self.years.local_clues(s, e, self.title, d.month)
                return self.years.resolve(d.month, d.day, d.weekday, status, local), (d.start, d.end)
        return PartialDate(None, None), None

    def _relative_day(self, s: int, e: int, status: str):
        """"on Monday", "yesterday", "tomorrow": counted from the release's own date."""
        ref = self.years.release_date
        if ref is None:
            return None
        m = _REL_DAY_RE.search(self.t.text, s, e)
        if m is None:
            return None
        word = m.group(1).lower()
        if word in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            day = ref
        elif word == "yesterday":
            day = ref - dt.timedelta(days=1)
        elif word == "tomorrow":
            day = ref + dt.timedelta(days=1)
        else:  # a weekday: the last one before the release for a held meeting, the next one after it for a planned one
            wd = _WEEKDAYS.index(word.split(" ")[-1])
            if status == "planned":
                day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            else:
                day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        return PartialDate(day, "day", True, f"'{m.group(1)}' counted from the release date {ref.isoformat()}"), (m.start(), m.end())

    def _own_dates(self, s: int, e: int) -> list:
        """Dates in a sentence that date something it reports (not "since 2015", "following
        the one held in Seoul in April")."""
        text = self.t.text
        out = []
        for d in find_dates(text, s, e):
            pre = text[max(0, d.start - 60) : d.start]
            if _DATE_BACKGROUND_RE.search(pre):
                continue
            out.append(d)
        return out

    def _long_ago(self, s: int, e: int) -> bool:
        """All the sentence's own dates carry a year and lie half a year or more before the
        release (a past meeting recalled, not reported)."""
        ref = self.years.release_date
        dates = self._own_dates(s, e)
        if ref is None or not dates or any(d.year is None for d in dates):
            return False
        return all(dt.date(d.year, d.month, d.day or 1) < ref - dt.timedelta(days=180) for d in dates)

    def _city_in(self, sent: str) -> bool:
        return city_regex().search(sent) is not None

    def _signatories(self, parts: list[ParticipantMention], s: int, sent: str) -> None:
        """Who signed: the people named before "signed", except those "attended by"/"in the
        presence of" (witnesses attend)."""
        sm = SIGNED_RE.search(sent)
        cut = s + sm.start() if sm else s + len(sent)
        witness = []
        for wm in _RX14.finditer(sent):
            end = sent.find(",", wm.end())
            end = len(sent) if end < 0 else end
            witness.append((s + wm.start(), s + end))
        for p in parts:
            if not p.person_key or p.span is None:
                continue
            pos = p.span.start
            if any(a <= pos < b for a, b in witness) or pos > cut:
                p.role = "attendee"
            else:
                p.role = "signatory"

    def _place(self, s: int, e: int, visit_country: str | None) -> tuple[str, str | None, str, str]:
        text = self.t.text
        sent = text[s:e]
        city, venue, parent_event = "", "", ""
        sm = SIDELINES_RE.search(sent)
        if sm:
            parent_event = sm.group(1)
            if sm.group(2) and city_country(sm.group(2)):
                city = sm.group(2)
        found = []
        for cm in city_regex().finditer(sent):
            pre = sent[max(0, cm.start() - 30) : cm.start()]
            if _RX15.search(pre):
                continue
            if self._in_person_name(s + cm.start(), s + cm.end()):
                continue  # "Minister … Santiago CAFIERO": a given name, not the city
            if sent.count("(", 0, cm.start()) > sent.count(")", 0, cm.start()):
                continue  # "(…, attendance at the PyeongChang Olympic Winter Games)": a topic in brackets
            found.append(cm)
        if found and not city:
            # a city the meeting is "in" before one inside an event's name ("the Jeju Forum …
            # held in Seogwipo")
            placed = [cm for cm in found if _RX16.search(sent[max(0, cm.start() - 8) : cm.start()])]
            city = (placed or found)[0].group(0)
        for vm in VENUE_RE.finditer(sent):
            v = vm.group(1)
            if v.endswith(".") and not v.endswith(("Co.", "Inc.", "Ltd.", "Corp.")) and vm.end(1) == len(sent):
                # "… at the Ministry of Foreign Affairs." ends the sentence: the full stop is not the name's
                v = v[:-1]
                vm = _VenueSpan(vm, len(v))
            if _RX17.match(v):
                continue
            if not (v[:1].isupper() or v.startswith("main ")):
                continue
            if city_country(v):
                city = city or v
                continue
            k = self.orgs.key_at(s + vm.start(1), s + vm.end(1))
            if k is None:
                for a, b, kk in self.orgs.claimed:
                    if s + vm.start(1) <= a and b <= s + vm.end(1) and b == s + vm.end(1):
                        k = kk
            venue = v
            if k and norm(self.orgs.orgs[k].aliases[0] if self.orgs.orgs[k].aliases else "") == norm(v):
                venue = self.orgs.orgs[k].name
            if not city and k:
                city = KIND_OF_VENUE_CITY.get(norm(self.orgs.orgs[k].name), "")
            if not city and k is None:
                city = KIND_OF_VENUE_CITY.get(norm(v), "")
            if not city:
                city = rules_r7a.home_building_city(v)  # r7a: "Seohui Hall on the 18th floor of the Ministry building"
            break
        country = None
        if not city:
            # a place the city list does not know: "in Xiamen on October 14", "in Iquitos, Peru"
            um = _UNKNOWN_CITY_RE.search(sent)
            if um and not (lookup_country(um.group(1)) or lookup_demonym(um.group(1).split(" ")[0])
                           or self.orgs.is_claimed(s + um.start(1), s + um.end(1))
                           or um.group(1).split(" ")[0] in _NOT_PLACE):
                city = um.group(1)
                country = lookup_country(um.group(2)) if um.group(2) else None
        if not city:
            for cm in city_regex().finditer(self.title):
                city = cm.group(0)
                break
        country = country or (city_country(city) if city else None)
        if not city and visit_country:
            country = visit_country
            city = CAPITALS.get(visit_country, "")
        return city, country, venue, parent_event

    def _time(self, s: int, e: int) -> dt.time | None:
        seg = self.t.text[s:e]
        if "m" not in seg and ":" not in seg:
            return None
        m = TIME_RE.search(self.t.text, s, e)
        if not m:
            return None
        if m.group(1):
            h, mi, ap = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower().replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
        else:
            h, mi = int(m.group(4)), int(m.group(5))
        return dt.time(h, mi) if h < 24 and mi < 60 else None

    def _participants(self, s: int, e: int, visit_country: str | None, sent: str) -> list[ParticipantMention]:
        text = self.t.text
        out: list[ParticipantMention] = []
        seen: set[str] = set()
        for m in self._mentions_in(s, e):
            if m.key in seen:
                continue
            pre = text[s : m.start]
            if ". " in pre:
                # a whole paragraph read for its participants: the cue is the name's own
                # sentence's ("… co-chaired by A and B. C joined the delegation": C attends)
                pre = text[max(s, self.t.sentence_of(m.start)[0]) : m.start]
            post = text[m.end : e]
            p = self.people.people[m.key]
            lead = m.title_start if 0 <= m.title_start < m.start else m.start
            if ACCOMPANIED_RE.search(text, max(s, lead - 30), lead):
                continue  # "who is accompanying President X to …": X is not at this meeting
            if _RX18.search(pre) or _RX19.match(post) and not _RX20.search(pre):
                role = "co_chair"
            elif _RX21.search(pre):
                role = "co_chair"
            elif _RX22.search(pre) or _RX23.match(post):
                role = "chair"
            elif self._member(pre):
                role = "attendee"
                if p.country is None and p.org_key is None:
                    dm = _SIDE_DEMONYM_RE.search(pre[-200:])
                    code = (lookup_demonym(dm.group(1)) or lookup_country(dm.group(1))) if dm else None
                    if code:  # "while the Vietnamese delegation included X": X is Vietnamese
                        self._adopt_country(p, code)
            else:
                home = self._is_home(p)
                if not home and p.country is None and visit_country and visit_country != "KR":
                    self._adopt_country(p, visit_country)  # the official of the country visited
                if visit_country and not self._multilateral:
                    if visit_country == "KR":
                        role = "host" if home else "visitor"
                    else:
                        role = "visitor" if home else "host"
                elif home or self._multilateral:
                    role = "attendee"
                else:
                    role = "counterpart"  # the other side of a bilateral meeting, call, dialogue
            seen.add(m.key)
            out.append(ParticipantMention(name_as_written=self._as_written(m), role=role, person_key=m.key,
                                          title=p.title, organization_key=p.org_key, span=self.t.span(m.start, m.end)))
        if visit_country and visit_country != "KR" and any(x.role == "host" for x in out):
            # a third country's official met during a trip to attend something elsewhere ("who
            # travelled to Madrid to attend …, held talks with the Foreign Minister of Türkiye"):
            # no host/visitor relation, the two are attendee and counterpart
            for x in out:
                pb = self.people.people.get(x.person_key) if x.person_key else None
                if x.role == "host" and pb is not None and pb.country and pb.country != visit_country:
                    x.role = "counterpart"
            if not any(x.role == "host" for x in out):
                for x in out:
                    if x.role == "visitor":
                        x.role = "attendee"
        if any(x.role == "co_chair" for x in out):
            for x in out:
                if x.role in ("attendee", "counterpart") and _RX24.search(sent):
                    x.role = "co_chair"
        return out

    @staticmethod
    def _member(pre: str) -> bool:
        """The last cue of the sentence before a name puts it in a delegation or entourage."""
        if "ccompan" not in pre and "included" not in pre and "joined by" not in pre:
            return False
        tail = _RX25.split(pre)[-1][-300:]
        last = None
        for last in _MEMBER_CUE_RE.finditer(tail):
            pass
        if last is not None and last.group(1) is not None and _BILATERAL_AFTER_RE.search(tail, last.end()):
            return False  # "A, accompanied by B, paid a courtesy call on C": C is the other side
        return last is not None and last.group(1) is not None

    @staticmethod
    def _trip_summary(sent: str) -> bool:
        """"X visited Argentina and Brazil from … and held talks with senior officials": a trip
        whose encounter is told in general (its visit verb comes first)."""
        v = VISIT_VERB_RE.search(sent)
        enc = ENCOUNTER_RE.search(sent)
        return v is not None and (enc is None or v.start() < enc.start())

    def _is_home(self, p) -> bool:
        if p.country:
            return p.country == "KR"
        if p.org_key and self.orgs.orgs[p.org_key].country:
            return self.orgs.orgs[p.org_key].country == "KR"
        return korean_looking(p.tokens)

    def _adopt_country(self, p, code: str) -> None:
        p.country = code
        if p.org_key is None and p.title:
            p.org_key = self.people._org_for_title(p.title, code)

    def _unnamed(self, known: list[ParticipantMention]) -> list[ParticipantMention]:
        text = self.t.text
        out = []
        for s, e in self._body_sentences()[:8]:
            if not _UNNAMED_HINT.search(text, s, e):
                continue
            m = _RX26.search(text[s:e])
            if not m:
                continue
            start = s + m.end()
            items = _RX27.split(text[start:e].rstrip("."))
            pos = start
            for it in items:
                i0 = text.find(it, pos)
                pos = i0 + len(it)
                if any(p.span and i0 <= p.span.start < pos for p in known):
                    continue
                if self._mentions_in(i0, pos):
                    continue
                if UNNAMED_RE.match(it):
                    out.append(ParticipantMention(name_as_written=it, role="attendee", span=self.t.span(i0, pos)))
        return out

    # ---- main
    def _paragraphs(self) -> list[tuple[int, int]]:
        """Top-level paragraphs: a numbered line starts one; bullets/notes belong to it."""
        text = self.t.text
        out: list[list[int]] = []
        pos = len(self.title) + 2
        for line in text[pos:].split("\n"):
            if line.strip():
                numbered = _RX28.match(line)
                bullet = _RX29.match(line)
                if not out or numbered or (not bullet and not out[-1][2]):
                    out.append([pos, pos + len(line), bool(numbered)])
                else:
                    out[-1][1] = pos + len(line)
            pos += len(line) + 1
        return [(a, b) for a, b, _ in out]

    def _items(self) -> list[tuple[int, int]]:
        """Paragraphs; a paragraph whose own line tells of no meeting ("The Ministry's schedule
        for next week is as follows:") gives way to its bullet lines, each an item."""
        text = self.t.text
        out = []
        for ps, pe in self._paragraphs():
            le = text.find("\n", ps)
            if le < 0 or le >= pe or not find_dates(text, le, pe) \
                    or any(self._trigger(text[a:b]) for a, b in self._lead_sentences(ps, pe)):
                out.append((ps, pe))  # bullets without a date of their own cannot add a meeting
                continue
            out.append((ps, le))
            pos = le + 1
            while pos < pe:
                nl = text.find("\n", pos)
                nl = pe if nl < 0 or nl > pe else nl
                if text[pos:nl].strip():
                    out.append((pos, nl))
                pos = nl + 1
        return out

    def _lead_sentences(self, ps: int, pe: int) -> list[tuple[int, int]]:
        """The sentences of a paragraph's first line (its bullets and notes are detail)."""
        le = self.t.text.find("\n", ps)
        le = pe if le < 0 or le > pe else le
        sents = self.t.sentences
        i = bisect.bisect_left(self.t._starts, ps)
        out = []
        while i < len(sents) and sents[i][0] < le and len(out) < 4:
            out.append(sents[i])
            i += 1
        return out

    def _trigger(self, sent: str):
        """The first meeting verb of a sentence that is not background ("had last met",
        "Previously, …"), or None (memoized per sentence within the release)."""
        hit = self._trig_memo.get(sent, _MISS)
        if hit is _MISS:
            hit = self._trig_memo[sent] = self._trigger_scan(sent)
        return hit

    def _trigger_scan(self, sent: str):
        if BACKGROUND_START_RE.match(sent):
            return None
        if _TRIGGER_HINT_RE.search(sent) is None:
            return r4d_trigger(sent) or rules_r6a.extra_trigger(sent) or rules_r6b.extra_trigger(sent)  # no meeting verb at all: the cheap test first (r4d: meals)
        for m in TRIGGER_RE.finditer(sent):
            if PAST_PERFECT_RE.search(sent, max(0, m.start() - 20), m.start()):
                continue
            if _NOT_YET_RE.search(sent, max(0, m.start() - 60), m.start()):
                continue  # "agreed to hold …", "proposed holding …": not a meeting of this release
            if m.group(0) == "signed" and not SIGNED_RE.search(sent, max(0, m.start() - 20), m.end() + 40):
                continue  # "the Agreement, which was signed in December last year": background
            if m.group(0) in ("to be held", "to take place") and _TOPIC_VERB_RE.search(sent, 0, m.start()):
                continue  # "discussed the … meetings … to be held the next day": a topic, not an announcement
            if m.group(0) in ("hosted", "held", "based") and _STANDING_PASSIVE_RE.search(sent, max(0, m.start() - 20), m.start()):
                continue  # "whose secretariat is hosted in Songdo": a standing arrangement
            if _RECALLED_RE.search(sent, 0, m.start()):
                continue  # "recalled that the two countries held the 1st … in May 2019": background
            if rules_r7a.not_this_release(sent, m.start(), m.group(0)):
                continue  # r7a: "welcomed the plan to hold …", "as agreed at the … held in Seoul on …"
            if _PASSIVE_TRIGGER_RE.match(m.group(0)) and not _EVENT_NOUN_RE.search(sent, max(0, m.start() - 120), m.start()):
                continue  # "the earthquake that took place", "the election held on May 14"
            return m
        if " meeting with " in sent or " talks with " in sent:
            m = _IN_MEETING_RE.search(sent)
            if m is not None and not _RECALLED_RE.search(sent, 0, m.start()):
                return m
        return r4d_trigger(sent) or rules_r6a.extra_trigger(sent) or rules_r6b.extra_trigger(sent)  # r4d: verbs the pattern above does not know ("will jointly chair")

    def run(self) -> list[MeetingMention]:
        text = self.t.text
        title = self.title
        tname = TITLE_TAIL_RE.sub("", TITLE_STRIP_RE.sub("", title)).strip()
        tname = _RX30.sub("", tname)  # "The 10th ROK-Uzbekistan Policy Consultation Takes Place"
        bil = BILATERAL_TITLE_RE.match(title)
        release_visit = self._title_visit(title)
        briefing = "briefing" in (self.section + " " + title).lower()
        # 1. candidate sentences, each with the visit it belongs to
        cands: list[dict] = []
        ctx_visit = release_visit
        ctx_all: tuple = ()
        items = self._items()
        group = briefing_item_groups(text, items) if briefing else None  # r6c: "First," … "Next,"
        for pi, (ps, pe) in enumerate(items):
            if briefing and (pi == 0 or group[pi] != group[pi - 1]):
                ctx_visit = None  # every item of a schedule is its own trip
            para: list[dict] = []
            lead = self._lead_sentences(ps, pe)
            if not cands and not lead:
                continue
            def bullets(ps=ps, pe=pe, lead=lead):  # after the lead sentences: they may open the trip
                yield from (rules_r6a.bullet_encounters(self, ps, pe, bool(cands)) if lead else ())
            for a, b in itertools.chain(lead, bullets()):
                sent = text[a:b]
                rel = _relative(sent)
                dated = rel is not None or bool(self._own_dates(a, b)) or (
                    self.years.release_date is not None and ("day" in sent or "night" in sent or "orrow" in sent)
                    and _REL_DAY_WORD_RE.search(sent) is not None
                    and _REL_DAY_RE.search(sent) is not None)  # "Tomorrow, X will hold a telephone conversation …"
                also = bool(cands) and not dated and rules_r6a.undated_encounter(sent)  # r6a: "X will also meet Y"
                if cands and not dated and not (para and para[-1]["frame"]) and not also:
                    continue  # a later meeting needs its own date ("Later that day", "On June 9")
                if cands and rel is None and self._long_ago(a, b):
                    continue  # "… met … on June 9, 2022 in Lima, during his first trip": told for context
                if self._trigger(sent) is None:
                    continue
                frame = bool(VISIT_VERB_RE.search(sent)) and not ENCOUNTER_RE.search(sent)
                if frame:
                    ctx_visit = self._visit_country_of(sent) or ctx_visit
                    ctx_all = self._visit_countries(sent)
                elif not cands and VISIT_VERB_RE.search(sent):
                    # "X visited Argentina and Brazil … and held talks with senior officials": the
                    # trip's countries place its encounters told below
                    ctx_all = self._visit_countries(sent)
                if cands and (ANAPHOR_RE.match(sent) or _ANAPHOR_CAP_RE.match(sent) or _RX31.search(sent)):
                    continue  # "The meeting, chaired by …": the same meeting again
                visit = ctx_visit
                if ctx_all and not frame:
                    # a trip to several countries ("will visit Belgium and France"): an encounter
                    # placed in a city of another of them is a visit there
                    here = next((city_country(cm.group(0)) for cm in city_regex().finditer(sent)
                                 if _RX16.search(sent[max(0, cm.start() - 8) : cm.start()])), None)
                    if here in ctx_all:
                        visit = here
                c = {"s": a, "e": b, "ps": ps, "pe": pe, "pi": pi, "frame": frame, "visit": visit,
                     "rel": rel, "after_frame": bool(para and para[-1]["frame"]), "also": also}
                cands.append(c)
                para.append(c)
        # 2. a visit reported through its encounters is not recorded as well (README): a frame
        # ("X paid an official visit to Y from June 7 to 9") is dropped when an encounter
        # follows it (in a briefing: within the same item)
        keep = []
        for i, c in enumerate(cands):
            if c["frame"]:
                later = [d for d in cands[i + 1 :] if not d["frame"] and (not briefing or group[d["pi"]] == group[c["pi"]])]
                nxt_frame = next((j for j, d in enumerate(cands[i + 1 :]) if d["frame"]), None)
                if nxt_frame is not None:
                    later = [d for d in later if cands.index(d) < i + 1 + nxt_frame]
                if later:
                    for d in later:
                        d["frame_span"] = (c["s"], c["e"])
                        during = d["rel"] is not None and d["rel"].lastgroup == "visit"
                        if (d["after_frame"] and d["rel"] is None or during) and not self._own_dates(d["s"], d["e"]):
                            d["frame_date"] = (c["s"], c["e"])
                    continue
            keep.append(c)
        for c in keep:  # encounters of a dropped frame: the frame's inviter is their host side
            if c.get("frame_date") or c.get("after_frame"):
                c.setdefault("frame_span", c.get("frame_date"))
        # 3. meetings
        first = True
        prev: MeetingMention | None = None
        starts = {c["s"] for c in cands}
        for c in keep:
            s, e, ps, pe = c["s"], c["e"], c["ps"], c["pe"]
            m = self._build(s, e, ps, pe, tname if first else "", bil if first else None, c["visit"], prev, c)
            if m is None and c.get("also"):
                m = rules_r6a.encounter_of_trip(self, c, prev)  # r6a: "There he will hold talks with X"
            if m is None:
                m = rules_r7a.pronoun_encounter(self, c, prev)  # r7a: "He also met with X on the same day"
            if m is None:
                continue
            summary = c["rel"] is not None and c["rel"].lastgroup == "visit" or first and not c["frame"] \
                and m.kind in ("meeting", "visit") and self._trip_summary(text[s:e])
            if summary and len({p.person_key for p in m.participants if p.person_key}) < 2 \
                    and not (c["rel"] is not None and self._own_dates(s, e)) \
                    and any(self._own_dates(d["s"], d["e"]) and d["s"] > s and self._trigger(text[d["s"]:d["e"]]) for d in keep):
                # "During the visit, X will meet with her Belgian and EU counterparts": a summary of
                # the encounters told one by one, each with its day, below
                continue
            same_key = [x for x in self.meetings if x.key == m.key]
            if same_key and not first:
                if any(x.date.value == m.date.value for x in same_key) or m.date.value is None:
                    continue  # the same meeting told again
                m.key = f"{m.key}-{m.date.value.isoformat()}"  # a second meeting of the same name
            if not first and prev is not None and self._same_encounter(m, prev, c):
                continue
            if prev is not None and m.kind == "meal":
                rules_r6a.meal_of_trip(self, m, prev)  # r6a: a meal with other company on the trip
            self._follow_up(m, c, starts)
            self._side_members(m, c, starts)
            self._follow_up_next_paragraph(m, c, starts)
            self._signing_follow_up(m, c, starts, prev)
            self._several_sides_attend(m)
            if len(keep) == 1:
                self._remarks_elsewhere(m, c)
            self._inviter(m, c)
            apply_r4d_roles(self, m, c)  # r4d: co-chairs, visitors in Korea, "hosted"
            rules_r7a.call_format(m, text[s:e])  # r7a: a conference call is by phone
            if c.get("also"):
                rules_r6a.trip_context(self, m, prev)  # r6a: an undated further encounter of the trip
            extra = rules_r6a.split(self, m, c)  # r6a: several encounters in one sentence
            self.meetings.append(m)
            self.meetings.extend(extra)
            if first:
                # the event a bilateral meeting is on the sidelines of is its context (city, year),
                # not a meeting the release reports (README); a parent named in the title and
                # dated in the text is ("… Meeting for the 2021 Seoul UN Peacekeeping Ministerial")
                parent = self._parent_event(tname, m)
                if parent:
                    m.parent_key = parent.key
                    self.meetings.append(parent)
            first = False
            prev = m
        self._trip_city()
        self._conference_city()
        self._unplaced_format()
        if self.meetings and not briefing:
            self._announced()
            self._announced_will()
        rules_r6b.announced(self, briefing)  # r6b: "…, which is scheduled for November 25"
        rules_r6b.name_city(self)  # r6b: "the 52nd Munich Security Conference" is in Munich
        rules_r6b.own_event_date(self)  # r6b: "…, which runs from February 11 to 13"
        rules_r7b.finish(self, briefing)  # r7b: visit ranges, visitors, announced events in briefings
        return self.meetings

    def _announced(self) -> None:
        """Named events announced in a relative clause ("…, which is scheduled to take place in
        Seoul on June 4 and 5 this year"), dated there, not already a meeting of the release."""
        text = self.t.text
        have = None
        done = -1
        for hm in _ANNOUNCED_HINT_RE.finditer(text, len(self.title)):
            s, e = self.t.sentence_of(hm.start())
            if s <= done:
                continue
            done = s
            if have is None:
                have = {_bare_slug(m.title) for m in self.meetings}
            for am in _ANNOUNCED_RE.finditer(text, s, e):
                name = am.group(1)
                if name.split(" ")[0] in ("The", "This", "That") or HEADLINE_VERB_RE.search(name):
                    continue
                if _bare_slug(name) in have:
                    continue
                date, _ = self._date(am.end(), e, "planned")
                if date.value is None and not date.reason:
                    continue
                cm = _RX32.search(text[am.end() : e])
                city = cm.group(1) if cm and city_country(cm.group(1)) else ""
                self.meetings.append(MeetingMention(
                    key="meeting:" + slug(name)[:60], title=name, kind=_kind(name, False, False), status="planned",
                    date=date, city=city, country=city_country(city) if city else None, format=None,
                    spans=[self.t.span(am.start(1), am.end(1))], confidence=0.6,
                ))
                have.add(_bare_slug(name))

    def _announced_will_matches(self) -> list:
        """``_ANNOUNCED_WILL_RE.finditer(text, len(title))``, searched only on the lines that hold
        its closing phrase (the pattern has no literal prefix and crosses no line break)."""
        text = self.t.text
        found: dict = {}
        for hm in _ANNOUNCED_WILL_HINT_RE.finditer(text, len(self.title)):
            # an event's name is far shorter than 300 characters
            ls = max(len(self.title), text.rfind("\n", 0, hm.start()) + 1, hm.start() - 300)
            for am in _ANNOUNCED_WILL_RE.finditer(text, ls, hm.end()):
                found.setdefault(am.span(), am)
        return [found[k] for k in sorted(found)]

    def _announced_will(self) -> None:
        """Like ``_announced`` for "…, which will take place in Seoul on June 4 and 5" / "which
        will be held …", with a spelled ordinal ("the first Korea-Africa Summit"); the clause
        must give a day of its own."""
        text = self.t.text
        if "will" not in text:
            return
        have = {slug(m.title) for m in self.meetings}
        for am in self._announced_will_matches():
            s, e = self.t.sentence_of(am.start())
            name = am.group(1)
            if HEADLINE_VERB_RE.search(name):
                continue
            bare = slug(_RX_SPELLED_ORD.sub("", name))
            if any(bare in h or h in bare for h in have if h):
                continue
            tail = text[am.end() : e]
            if not _DAY_IN_RE.search(tail[:80]):
                continue
            date, _ = self._date(am.end(), e, "planned")
            if date.value is None:
                continue
            cm = _RX32.search(tail)
            city = cm.group(1) if cm and city_country(cm.group(1)) else ""
            name = name[:1].upper() + name[1:]
            self.meetings.append(MeetingMention(
                key="meeting:" + slug(name)[:60], title=name, kind=_kind(name, False, False), status="planned",
                date=date, city=city, country=city_country(city) if city else None, format=None,
                spans=[self.t.span(am.start(1), am.end(1))], confidence=0.6,
            ))
            have.add(bare)

    def _follow_up(self, m: MeetingMention, c: dict, starts: set[int]) -> None:
        """Who chairs or attends, told in the next sentences of the same paragraph ("Deputy
        Minister X will chair the Forum, which …")."""
        text = self.t.text
        for a, b in self._lead_sentences(c["ps"], c["pe"]):
            if a <= c["s"]:
                continue
            if a in starts:
                break  # the next meeting of the paragraph
            sent = text[a:b]
            took = _TOOK_PART_RE.search(sent) if m.participants and (
                " by " in sent or " together " in sent or "particip" in sent) else None
            if not FOLLOW_ROLE_RE.search(sent) and not ACCOMP_FOLLOW_RE.search(sent) and not took:
                continue
            have = {p.person_key for p in m.participants if p.person_key}
            for p in self._participants(a, b, c["visit"], sent):
                if p.person_key and p.person_key not in have:
                    if took and p.span and p.span.start > a + took.start() and p.role in ("counterpart", "host", "visitor"):
                        p.role = "attendee"  # "The Dialogue was attended by A from the Korean side, and B …"
                    m.participants.append(p)
        # a note of the paragraph naming who took part ("※ The meeting brought together Director-
        # General X and …"): attendees
        le = text.find("\n", c["s"])
        if 0 <= le < c["pe"] and _UNNAMED_HINT.search(text, le, c["pe"]):
            for hm in _TOOK_PART_RE.finditer(text, le, c["pe"]):
                a, b = self.t.sentence_of(hm.start())
                have = {p.person_key for p in m.participants if p.person_key}
                for p in self._participants(hm.end(), b, c["visit"], text[a:b]):
                    if p.person_key and p.person_key not in have:
                        if p.role in ("counterpart", "host", "visitor"):
                            p.role = "attendee"
                        m.participants.append(p)

    def _side_members(self, m: MeetingMention, c: dict, starts: set[int]) -> None:
        """The members of each side, told in a later sentence or bullet of the meeting's
        paragraph: "On the Korean side, A … attended the Dialogue, while the Swedish delegation
        included B …", "was attended by some 50 officials …, including C": attendees, whose
        country the side's demonym gives."""
        text = self.t.text
        seg = text[c["s"] : c["pe"]]
        if " side," not in seg and "delegation" not in seg and "including" not in seg:
            return  # a literal pre-check on the meeting's paragraph
        i = bisect.bisect_left(self.t._starts, c["s"])
        for a, b in self.t.sentences[i:]:
            if a <= c["s"] or a < c["ps"]:
                continue
            if a >= c["pe"] or a in starts:
                break
            sent = text[a:b]
            cues = list(_SIDE_CUE_RE.finditer(sent))
            if not cues or self._trigger(sent) and not _SIDE_ONLY_RE.match(_RX_PARA_NUM.sub("", sent).lstrip("°○•-·※ ")):
                continue
            have = {p.person_key for p in m.participants if p.person_key}
            for mm in self._mentions_in(a + cues[0].start(), b):
                if mm.key in have:
                    continue
                cue = None
                for cm in cues:
                    if a + cm.start() <= mm.start:
                        cue = cm
                if cue is None:
                    continue
                p = self.people.people[mm.key]
                dem = cue.group("dem") or cue.group("dem2")
                code = (lookup_demonym(dem) or lookup_country(dem)) if dem else None
                if code and p.country is None and p.org_key is None:
                    self._adopt_country(p, code)
                have.add(mm.key)
                m.participants.append(ParticipantMention(
                    name_as_written=self._as_written(mm), role="attendee", person_key=mm.key, title=p.title,
                    organization_key=p.org_key, span=self.t.span(mm.start, mm.end)))

    def _remarks_elsewhere(self, m: MeetingMention, c: dict) -> None:
        """The one event of a release: whoever "delivered the opening remarks" in a later
        paragraph spoke at it (an attendee unless a role is told)."""
        text = self.t.text
        if "remarks" not in text and "address" not in text and "speech" not in text:
            return
        for rm in _REMARKS_RE.finditer(text, c["pe"]):
            a, b = self.t.sentence_of(rm.start())
            have = {p.person_key for p in m.participants if p.person_key}
            for p in self._participants(a, b, c["visit"], text[a:b]):
                if p.person_key and p.person_key not in have and p.span and p.span.start < rm.start():
                    if p.role in ("counterpart", "host", "visitor"):
                        p.role = "attendee"
                    m.participants.append(p)

    def _follow_up_next_paragraph(self, m: MeetingMention, c: dict, starts: set[int]) -> None:
        """"2. The Forum was co-chaired by A and B. C delivered a keynote speech …": a paragraph
        that opens on the meeting just reported (no meeting of its own) names its chairs and
        speakers; the speakers are attendees."""
        items = self._items()
        if c["pi"] + 1 >= len(items):
            return
        ps, pe = items[c["pi"] + 1]
        lead = self._lead_sentences(ps, pe)
        if not lead or any(a in starts for a, _ in lead):
            return
        text = self.t.text
        a, b = lead[0]
        sent = _RX_PARA_NUM.sub("", text[a:b])
        if not ((ANAPHOR_RE.match(sent) or _ANAPHOR_CAP_RE.match(sent)) and _PASSIVE_ROLE_RE.search(sent)):
            return
        have = {p.person_key for p in m.participants if p.person_key}
        for i, (a, b) in enumerate(lead):
            sent = text[a:b]
            if i and not _SPEAKER_RE.search(sent):
                continue
            for p in self._participants(a, b, c["visit"], sent):
                if p.person_key and p.person_key not in have:
                    if i:
                        p.role = "attendee"
                    m.participants.append(p)
                    have.add(p.person_key)
        if any(p.role == "co_chair" for p in m.participants):
            for p in m.participants:
                if p.role == "chair":
                    p.role = "co_chair"

    def _signing_follow_up(self, m: MeetingMention, c: dict, starts: set[int], prev) -> None:
        """A signing told on: "The MOU was signed by X and Y, and the ceremony was attended by
        Z." / "The ceremony was attended by the two foreign ministers" (the principals of the
        meeting before, whose titles carry those words)."""
        if m.kind != "signing":
            return
        text = self.t.text
        have = {p.person_key for p in m.participants if p.person_key}
        for a, b in self.t.sentences:
            if a <= c["s"] or a >= c["pe"]:
                continue
            if a in starts:
                break
            sent = text[a:b]
            if not (_SIGNED_BY_RE.search(sent) or _CEREMONY_ATTENDED_RE.search(sent)):
                continue
            parts = [p for p in self._participants(a, b, c["visit"], sent) if p.person_key]
            for p in parts:
                p.role = "attendee"
            _signatories_passive(parts, a, sent)
            byk = {p.person_key: p for p in m.participants if p.person_key}
            for p in parts:
                if p.person_key not in have:
                    m.participants.append(p)
                    have.add(p.person_key)
                else:
                    byk[p.person_key].role = p.role  # this sentence tells who signed
            tm = _THE_TWO_RE.search(sent)
            if tm and prev is not None and _CEREMONY_ATTENDED_RE.search(sent):
                words = set((tm.group(1) + tm.group(2)).lower().replace("ministers", "minister").split())
                words -= {"two", "both", "sides", "leaders", "heads", "co-chairs"}
                for p in prev.participants:
                    if not p.person_key or p.person_key in have:
                        continue
                    pb = self.people.people.get(p.person_key)
                    title = (p.title or (pb.title if pb else "") or "").lower()
                    if not words or all(w in title for w in words):
                        m.participants.append(ParticipantMention(
                            name_as_written=p.name_as_written, role="attendee", person_key=p.person_key,
                            title=p.title, organization_key=p.organization_key, span=p.span))
                        have.add(p.person_key)

    def _several_sides_attend(self, m: MeetingMention) -> None:
        """A meeting of three or more countries' principals ("held a meeting of the foreign
        ministers of … with A of Japan, B of Australia and C of New Zealand") is a conference and
        everyone in it attends (README: trilateral or larger)."""
        if m.kind not in ("meeting", "conference") or m.format == "phone":
            return
        named = [p for p in m.participants if p.person_key]
        if len(named) < 3 or any(p.role not in ("attendee", "counterpart") for p in named):
            return
        countries = set()
        for p in named:
            pb = self.people.people.get(p.person_key)
            if pb is None:
                return
            code = pb.country or (self.orgs.orgs[pb.org_key].country if pb.org_key else None)
            if code is None:
                return
            countries.add(code)
        if len(countries) < 3:
            return
        m.kind = "conference"
        for p in named:
            p.role = "attendee"

    def _in_person_name(self, a: int, b: int) -> bool:
        return any(m.start <= a and b <= m.end for m in self._mentions_in(a - 60, b + 60))

    def _trip_city(self) -> None:
        """"Foreign Minister X is in Bali, Indonesia, to attend …", "X, who is in Brussels to
        attend …": the trip's city is where the release's later in-person meetings are, when
        they name no place of their own."""
        tm = _TRIP_CITY_RE.search(self.t.text, len(self.title))
        if not tm or not city_country(tm.group(1)):
            return
        city = tm.group(1)
        a, b = self.t.sentence_of(tm.start())
        sent = self.t.text[a:b]
        if len(self.meetings) > 1 and tm.group(0).startswith(("is ", "are ")) and " who " not in sent[: tm.start() - a] \
                and not _ENCOUNTER_NOT_ATTEND_RE.search(sent):
            # "Minister X is in Bali to attend the G20 …" opening a release of bilateral talks:
            # the event attended is their context, not a meeting of the release
            self.meetings = [m for m in self.meetings if not (m.spans and a <= m.spans[0].start < b)]
        for m in self.meetings:
            if not m.city and m.status == "held" and m.format not in ("phone", "virtual") \
                    and (m.country is None or m.country == city_country(city)):
                m.city, m.country = city, city_country(city)

    def _unplaced_format(self) -> None:
        """"in_person" is for a held meeting placed at a city or venue: one the text places
        nowhere (no city, country, venue, event or visit; "On June 14, X held a meeting with Y")
        has no format."""
        for m in self.meetings:
            if m.status != "held" or m.format != "in_person" or m.city or m.country or m.venue \
                    or m.kind == "visit" or not m.spans:
                continue
            a, b = self.t.sentence_of(m.spans[0].start)
            sent = self.t.text[a:b]
            if _RX45.search(sent) or _RX_PLACED.search(sent) or _RX46.search(sent) or _RECEIVED_RE.search(sent):
                continue
            m.format = None

    def _conference_city(self) -> None:
        """"X attended the 26th Ministerial Council held in Bratislava on December 5 and 6 … On
        December 6, X had a meeting with …": a held in-person meeting that names no place of its
        own, told after a conference attended, within a week of its opening, is in its city."""
        conf = None
        for m in self.meetings:
            if m.kind in ("conference", "summit") and m.status == "held" and m.city and m.date.value:
                conf = m
                continue
            if conf is None or m.city or m.status != "held" or m.format in ("phone", "virtual") or not m.date.value:
                continue
            if 0 <= (m.date.value - conf.date.value).days <= 6 and m.country in (None, conf.country):
                m.city, m.country = conf.city, conf.country

    def _inviter(self, m: MeetingMention, c: dict) -> None:
        """"X will pay an official visit to Japan … at the invitation of Foreign Minister Y.
        During the visit, X will hold the Foreign Ministers' Meeting": Y is the other side."""
        span = c.get("frame_span")
        if not span or m.kind not in ("meeting", "consultation", "meal") or self._multilateral:
            return
        named = [p for p in m.participants if p.person_key]
        if len(named) != 1:
            return
        text = self.t.text
        im = _RX33.search(text[span[0] : span[1]])
        if not im:
            return
        for p in self._participants(span[0], span[1], c["visit"], text[span[0] : span[1]]):
            if p.person_key and p.span and p.span.start >= span[0] + im.end() and p.person_key != named[0].person_key:
                m.participants.append(p)
                break

    def _sides_title(self, named, phone: bool, virtual: bool, sent: str) -> str:
        """"ROK-Finland Foreign Ministers’ Talks", "ROK-IOM Video Conference": the two sides
        and the kind of encounter, when both sides are known."""
        labels, titles = [], []
        if len(named) < 2:
            return ""
        for p in named:
            pb = self.people.people.get(p.person_key)
            if pb is None:
                return ""
            org = self.orgs.orgs.get(pb.org_key) if pb.org_key else None
            if pb.country == "KR" or (pb.country is None and org is not None and org.country == "KR"):
                labels.append("ROK")
            elif org is not None and org.country is None:
                labels.append(org.acronym or org.name)
            elif pb.country:
                labels.append(country_name(pb.country).replace("the ", ""))
            else:
                return ""
            titles.append(pb.title or "")
        if len(set(labels)) != len(labels) or "ROK" not in labels:
            return ""
        labels.remove("ROK")
        labels.insert(0, "ROK")
        fm = all(re.search(r"\bForeign Minister\b|\bMinister (?:of|for) (?:Foreign|External) Affairs\b|\bSecretary of (?:State|Foreign Affairs)\b|"
                           r"\bForeign Secretary\b", t) and not _RX34.search(t) for t in titles)
        if phone:
            word = "Telephone Talks"
        elif virtual:
            word = "Video Conference"
        elif _RX35.search(sent):
            word = "Talks"
        else:
            word = "Meeting"
        if fm and not virtual:
            word = "Foreign Ministers’ " + word
        if len(labels) > 2:
            word = {3: "Trilateral ", 4: "Quadrilateral "}[len(labels)] + word
        who = ", ".join(self.people.people[p.person_key].name for p in named)
        return "-".join(labels) + " " + word + f" ({who})"  # the principals, since the name is ours

    def _same_encounter(self, m: MeetingMention, prev: MeetingMention, c: dict) -> bool:
        """"That evening, Minister Kang hosted a dinner for Minister X", "…, the two signed …"
        the same day with the same people: one meeting (README), not two."""
        if not (m.kind in ("signing", "meal") or (c.get("rel") is not None and c["rel"].lastgroup == "same")):
            return False
        if m.kind == "meal" and meal_with_other_group(m.title):
            return False  # r6c: "a luncheon with members of …": another encounter
        if m.date.value != prev.date.value:
            return False
        if prev.kind in ("conference", "summit") and m.kind not in ("signing", "meal"):
            return False  # a bilateral meeting on the sidelines of a multilateral one is its own
        named = {p.person_key for p in m.participants if p.person_key}
        before = {p.person_key for p in prev.participants if p.person_key}
        return bool(named) and named <= before

    def _title_visit(self, title: str) -> str | None:
        vis = VISIT_TITLE_RE.match(title)
        if vis:
            return self._country_in(vis.group(2))
        m = _RX36.search(title)
        return self._country_in(m.group(1)) if m else None

    def _visit_countries(self, sent: str) -> tuple:
        """Every country of a trip to several ("will visit Belgium and France from …")."""
        vm = VISIT_PLACE_RE.search(sent)
        if vm is None:
            return ()
        out = [self._country_in(vm.group(1).rstrip(".,"))]
        for nm in _VISIT_MORE_RE.finditer(sent, vm.end()):
            if nm.start() != vm.end() and nm.start() != out[-1]:
                break
            out.append(lookup_country(nm.group(1)))
            vm = nm
        return tuple(c for c in out if c) if len(out) > 1 else ()

    def _visit_country_of(self, sent: str) -> str | None:
        vm = VISIT_PLACE_RE.search(sent)
        return self._country_in(vm.group(1).rstrip(".,")) if vm else None

    def _country_in(self, s: str) -> str | None:
        words = _RX37.sub(" ", s).split()
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                c = lookup_country(" ".join(words[i : i + n]))
                if c:
                    return c
        cm = city_regex().search(s)
        return city_country(cm.group(0)) if cm else None

    def _event_name(self, sent: str) -> str:
        pos = 0
        while True:  # overlapping tries: "speech at the opening session of the 18th Jeju Forum"
            m = _EVENT_NAME_RE.search(sent, pos)
            if m is None:
                break
            name = self._event_name_at(sent, m)
            if name and not (sent[max(0, m.start() - 3) : m.start()] == "to " and m.group(0).startswith("attend")
                             and _BILATERAL_AFTER_RE.search(sent, m.end())):
                return name
            # "X, who is in Rio to attend the G20 Foreign Ministers’ Meeting, held talks with Y":
            # the event attended is the context of the talks, not their name
            pos = m.start(1)
        mo = _MEETING_OF_RE.search(sent)
        if mo:  # "chaired a meeting of the government task force on the Korea-Caribbean Summit"
            words = ((mo.group(1) or "") + mo.group(2)).split(" ")
            return "Meeting of " + " ".join(w if w in ("of", "on", "for", "and", "the", "in", "to") or w[:1].isupper()
                                            else w[:1].upper() + w[1:] for w in words)
        r4d = r4d_event_name(self, sent)  # r4d: "will preside over the …", "will have a luncheon with …"
        if r4d:
            return r4d
        r6b = rules_r6b.event_name(self, sent)  # r6b: "joined the …", "announcement at the …"
        if r6b:
            return r6b
        cc = _RX38.search(sent)
        if cc:
            name = _RX39.sub("", cc.group(2))
            return ("Courtesy Call by " if cc.group("by") else "Courtesy Call on ") + " ".join(
                w if not (w.isupper() and len(w) > 2 and not lookup_country(w)) else w.capitalize()
                for w in name.split(" ")).rstrip(",.")
        return ""

    def _event_name_at(self, sent: str, m) -> str:
        name = m.group(1)
        shift = 0  # the name's length minus its length in the sentence (a rewritten ordinal)
        om = _RX_SPELLED_ORD.match(name)
        if om and name[om.end() : om.end() + 1].isupper() and om.group(0).strip().lower() in ORDINALS:
            # "hold the second ROK-France Foreign Ministers’ Strategic Dialogue": the 2nd …
            n = ORDINALS[om.group(0).strip().lower()]
            new = f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') } " + name[om.end() :]
            shift, name = len(new) - len(name), new
        while True:  # "the East Asia Summit Senior Officials’ Meeting": up to the last event word
            ext = _EVENT_EXT_RE.match(sent, m.start(1) + len(name) - shift)
            if not ext:
                break
            name += ext.group(0)
        if any(w[:1].islower() and w not in _NAME_FUNCTION_WORDS for w in name.split(" ")[1:]):
            # "the fourth Republic of Korea-United Kingdom foreign ministerial strategic dialogue":
            # a name told in lower case ends on its last event word too
            ext = _EVENT_EXT_LOWER_RE.match(sent, m.start(1) + len(name) - shift)
            if ext:
                name += ext.group(0)
        ext = _EVENT_TOPIC_RE.match(sent, m.start(1) + len(name) - shift)
        if ext and not _CAL_WORD_RE.match(ext.group(1)):
            name += ext.group(0)  # "… Forum for Peace and Prosperity", "… Consultation on Disarmament"
        if _RX40.match(name):
            return ""
        if not _RX41.search(name) or name[:1].islower():
            return ""  # "held talks", "the high-level week of the 76th session": no proper name
        if name[:1].islower() or _RX42.search(name.split(" ", 1)[-1]) and not _RX43.search(name):
            name = " ".join(w if w[:1].isupper() or w[:1].isdigit() else w[:1].upper() + w[1:] for w in name.split(" "))
        return name

    def _build(self, s, e, ps, pe, tname, bil, release_visit, prev, c=None) -> MeetingMention | None:
        text = self.t.text
        sent = text[s:e]
        c = c or {}
        trig = self._trigger(sent) or TRIGGER_RE.search(sent)
        head = sent if trig.group(0)[:3] in ("In ", "in ") else sent[: trig.end() + 10]  # "In her meeting with X, Y will …"
        status = "cancelled" if CANCELLED_RE.search(sent) else ("planned" if PLANNED_RE.search(head) else "held")
        title = self.title if tname else ""
        phone = bool(PHONE_RE.search(sent) or (tname and PHONE_RE.search(title)))
        virtual = bool(VIRTUAL_RE.search(sent) or (tname and VIRTUAL_RE.search(title)))
        visit_country = self._visit_country_of(sent) or release_visit
        # a cancelled meeting "had been scheduled": its date is read like a planned one's
        fallback = c.get("frame_date") or ((ps, pe) if tname else None)
        date, _ = self._date(s, e, "planned" if status == "cancelled" else status, fallback)
        if c.get("frame_date") and date.value is not None and not self._own_dates(s, e):
            fs, fe = c["frame_date"]
            if RANGE_RE.search(text, fs, fe) and date.precision == "day":
                # some day of a visit "from July 18 to 20": only the month is known
                date = PartialDate(date.value.replace(day=1), "month", True,
                                   "during the visit; the day is not given; " + date.reason, date.uncertain)
            else:
                date = PartialDate(date.value, date.precision, True, "during the visit; " + date.reason,
                                   date.uncertain)
        rel = c.get("rel")
        linked = False  # dated relative to the previous meeting: shares its place too
        if rel is not None and rel.lastgroup == "visit" and c.get("frame_date"):
            rel = None  # dated from the visit just above
        if rel is not None and prev is not None and not self._own_dates(s, e):
            d = prev.date
            if d.value is None:
                date = d
            elif rel.lastgroup == "visit":
                date = PartialDate(d.value.replace(day=1), "month" if d.precision == "day" else d.precision, True,
                                   f"'{rel.group(0)}': the day is not given; " + d.reason, d.uncertain)
            elif rel.lastgroup == "same":
                date = PartialDate(d.value, d.precision, True, f"'{rel.group(0)}': " + (d.reason or "the previous meeting's date"), d.uncertain)
            else:
                n = 1 if rel.lastgroup == "next" else (-1 if rel.lastgroup == "prev" else _NUM_WORDS.get(rel.group("n"), 1))
                date = PartialDate(d.value + dt.timedelta(days=n), d.precision, True,
                                   f"'{rel.group(0)}' after the previous meeting; " + d.reason, d.uncertain)
            linked = True
        ev = self._event_name(sent)
        if not ev:
            sm = SUBJECT_EVENT_RE.match(sent)
            if sm and EVENT_HEAD_RE.search(sm.group(1)):
                ev = sm.group(1)
        name_for_kind = ev or (tname if tname and EVENT_KW_RE.search(tname) and not bil
                               and not _TITLE_CONTEXT_RE.search(tname) else "")
        several = _SEVERAL_SIDES_RE.search(sent) is not None  # "a trilateral meeting with X of Japan and Y of …"
        if several and c.get("rel") is not None and c["rel"].lastgroup == "same":
            # "On the sidelines of the trilateral meeting, X had a bilateral meeting with Y": the
            # trilateral is the context, not this meeting
            several = _SEVERAL_SIDES_RE.search(sent.replace(c["rel"].group(0), "")) is not None
        self._multilateral = bool(name_for_kind) and _kind(name_for_kind, False, False) in ("conference", "summit") \
            or bool(_RX44.search(ev)) or several
        signing = SIGNED_RE.search(sent) is not None and not ev.startswith("Courtesy")
        parts = self._participants(s, e, visit_country, sent)
        if not parts and c is not None and c.get("frame_span") and _TWO_SIDES_SUBJ_RE.match(sent):
            # "X will pay an official visit to the ROK … at the invitation of Minister Y. The two
            # ministers will hold talks …": the two of the visit
            fa, fb = c["frame_span"]
            parts = self._participants(fa, fb, visit_country, text[fa:fb])
        if not parts and tname:
            parts = self._participants(ps, pe, visit_country, sent)
        parts += self._unnamed(parts) if tname else []
        city, country, venue, sidelines = self._place(s, e, visit_country if visit_country != "KR" or not (phone or virtual) else None)
        if country and country != "KR" and not self._multilateral and not (phone or virtual) \
                and not _RX45.search(sent):
            # an official met in his or her own capital ("called on Minister X at the Ministry in
            # Lusaka"): of that country, when nothing else says
            for p in parts:
                pb = self.people.people.get(p.person_key) if p.person_key else None
                if pb is not None and p.role == "counterpart" and pb.country is None and pb.org_key is None:
                    self._adopt_country(pb, country)
        if city and not country:
            # a city the list does not know: the country of the side that is not ours
            for p in parts:
                pb = self.people.people.get(p.person_key) if p.person_key else None
                if pb is not None and pb.country and pb.country != "KR":
                    country = pb.country
                    break
        if (linked or (rel is not None and rel.lastgroup == "same")) and prev is not None and not self._city_in(sent):
            # "Later that day, …", "On the sidelines of the Forum, …": where the previous one was
            city, country = prev.city or city, prev.country or country
        elif prev is not None and visit_country and prev.country == visit_country and prev.city and not self._city_in(sent):
            city, country = prev.city, prev.country  # the same trip, the same city
        if not (phone or virtual or self._multilateral):
            city, country = self._courtesy_call_abroad(parts, sent, city, country, prev)
        if phone or virtual:
            city, country = "", None
        sides_kind = ""
        headline = bool(HEADLINE_VERB_RE.search(tname)) if tname else False
        if tname and EVENT_KW_RE.search(tname) and not bil and not VISIT_TITLE_RE.match(self.title) \
                and not _TITLE_CONTEXT_RE.search(tname) \
                and not (ev and ORDINAL_RE.match(ev) and not ORDINAL_RE.match(tname)) \
                and not (ev and headline) \
                and not (headline and not ev and self._sides_title([p for p in parts if p.person_key], phone, virtual, sent)):
            mtitle = tname
        elif ev:
            mtitle = ev
        else:
            every = [p for p in parts if p.person_key]
            named = every[:2]
            word = "Telephone talks" if phone else ("Video conference" if virtual else "Meeting")
            sides = self._sides_title(every, phone, virtual, sent) if 2 <= len(every) <= 4 else ""
            if sides:
                mtitle = sides
                sides_kind = "phone_call" if phone else ("conference" if len(every) > 2 else "meeting")
            elif len(named) == 2:
                mtitle = f"{word} between {named[0].name_as_written} and {named[1].name_as_written}"
            elif tname:
                mtitle = tname
            elif signing:
                mtitle = "Signing"
            elif c.get("frame"):
                mtitle = "Visit"
            else:
                return None
        if signing:
            doc = _signed_doc(sent) or _signed_doc_passive(sent)
            if doc and not (tname and prev is None and EVENT_KW_RE.search(tname) and not c.get("after_frame")):
                mtitle = "Signing of the " + doc
            elif mtitle == "Signing":
                return None
        if c.get("frame") and not ev:
            who = [p for p in parts if p.person_key and p.role == "visitor"]
            where = country_name(visit_country) if visit_country else ""
            if who and where:
                mtitle = f"Visit of {who[0].name_as_written} to {where}"
        travelling = bool(visit_country) or bool(_RX46.search(sent))
        fmt = "phone" if phone else ("virtual" if virtual else (
            "in_person" if status == "held" or venue or travelling else None))
        bare_title = _RX47.sub("", mtitle)  # without the principals' names
        kind = sides_kind or _kind(bare_title if not bare_title.startswith(("Meeting between", "Courtesy")) else "meeting",
                                   phone, False)
        if c.get("frame") and not ev:
            kind = "visit"
        if several and kind == "meeting":
            kind = "conference"
        if signing and mtitle.startswith("Signing"):
            kind = "signing"
            self._signatories(parts, s, sent)
            _signatories_passive(parts, s, sent)
        ordinal, series = None, ""
        om = ORDINAL_RE.match(mtitle)
        if om:
            ordinal, series = int(om.group(1)), om.group(2)
        else:
            om2 = _RX48.search(sent)
            if om2 and om2.group(1).lower() in ORDINALS:
                ordinal, series = ORDINALS[om2.group(1).lower()], mtitle
        org_keys = []
        for a, b, k in self.orgs.claimed:
            if s <= a < e and k not in org_keys:
                org_keys.append(k)
        conf = 0.85 if not date.inferred else (0.7 if not date.uncertain else 0.5)
        return MeetingMention(
            key="meeting:" + slug(mtitle)[:60], title=mtitle, kind=kind, status=status, date=date,
            time=self._time(s, e), city=city, country=country, venue=venue, format=fmt,
            series=series, ordinal=ordinal, participants=parts, organization_keys=org_keys,
            spans=[self.t.span(s + trig.start(), s + trig.end())], confidence=conf,
        )

    def _courtesy_call_abroad(self, parts, sent: str, city: str, country, prev):
        """A travelling ROK official's courtesy call on a foreign official in that official's
        country is a visit call: the caller is the visitor, the official called on the host
        ("On the sidelines of the Dialogue, Vice Minister Kim paid a courtesy call on Minister
        X"). With no place of its own it is where the previous meeting abroad was. A resident
        ambassador's call is not a visit (attendee/counterpart)."""
        if not _CALL_ON_RE.search(sent) or "received" in sent:
            return city, country
        named = [p for p in parts if p.person_key]
        if len(named) != 2:
            return city, country
        pb = [self.people.people.get(p.person_key) for p in named]
        if any(b is None for b in pb):
            return city, country
        home = [self._is_home(b) for b in pb]
        if home != [True, False]:
            return city, country
        caller, callee = named
        if _RESIDENT_TITLE_RE.search(caller.title or pb[0].title or ""):
            return city, country
        if not city and prev is not None and prev.country and prev.country != "KR" and not self._city_in(sent):
            city, country = prev.city, prev.country
        if not country or country == "KR":
            return city, country
        if pb[1].country and pb[1].country != country:
            return city, country
        if pb[1].country is None and pb[1].org_key is None:
            self._adopt_country(pb[1], country)
        if caller.role in ("attendee", "visitor") and callee.role in ("counterpart", "host"):
            caller.role, callee.role = "visitor", "host"
        return city, country

    def _parent_event(self, tname: str, main: MeetingMention) -> MeetingMention | None:
        m = _RX49.search(tname)
        if not m:
            return None
        name = m.group(1)
        last = name.split(" ")[-1]
        text = self.t.text
        ref = re.compile(r"\b(?:the |This year’s |this year's )?(?:[\w’'-]+ ){0,6}" + re.escape(last) + r"\b")
        last_rx = re.compile(re.escape(last) + r"\b")
        date, status, city, span = None, "planned", "", None
        for s, e in self._body_sentences():
            if last not in text[s:e]:
                continue  # cheap pre-check before the costly reference pattern
            sent = text[s:e]
            for rm in windowed_finditer(ref, last_rx, sent, 160, 1):
                after = sent[rm.end() : rm.end() + 120]
                sm = _RX50.match(after)
                if sm and date is None:
                    st = "held" if sm.group(1) == "takes place" and False else "planned"
                    d, _ = self._date(s + rm.end(), e, st)
                    if d.value or d.reason:
                        date, status, span = d, st, self.t.span(s + rm.start(), s + rm.end())
                cm = _RX51.match(after)
                if cm and city_country(cm.group(1)):
                    city = city or cm.group(1)
        if date is None:
            return None
        if not city:
            for cm in city_regex().finditer(name):
                city = cm.group(0)
        return MeetingMention(
            key="meeting:" + slug(name)[:60], title=name, kind=_kind(name, False, False), status=status,
            date=date, city=city, country=city_country(city) if city else None,
            format=None, spans=[span] if span else [], confidence=0.6,  # planned, no venue told
        )
