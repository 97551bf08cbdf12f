"""The built-in rules, one module each; a module's class docstring is its documentation."""

from __future__ import annotations

from notelint.rule import Rule
from notelint.rules.bad_directive import BadDirective
from notelint.rules.desperation import Desperation
from notelint.rules.generic_greeting import GenericGreeting
from notelint.rules.gratuitous_thanks import GratuitousThanks
from notelint.rules.hard_to_read import HardToRead
from notelint.rules.informal import Informal
from notelint.rules.late import Late
from notelint.rules.near_duplicate import NearDuplicate
from notelint.rules.no_conversation_reference import NoConversationReference
from notelint.rules.no_interest import NoInterest
from notelint.rules.sycophancy import Sycophancy
from notelint.rules.template_placeholder import TemplatePlaceholder
from notelint.rules.too_long import TooLong
from notelint.rules.weak_subject import WeakSubject
from notelint.rules.wrong_company import WrongCompany
from notelint.rules.wrong_name import WrongName

BUILTIN_RULES: tuple[type[Rule], ...] = (
    BadDirective,
    Desperation,
    GenericGreeting,
    GratuitousThanks,
    HardToRead,
    Informal,
    Late,
    NearDuplicate,
    NoConversationReference,
    NoInterest,
    Sycophancy,
    TemplatePlaceholder,
    TooLong,
    WeakSubject,
    WrongCompany,
    WrongName,
)
