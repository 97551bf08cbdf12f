"""Notes that do not read as English are left alone by the rules that report an absence."""

from __future__ import annotations

from typing import Any

import pytest

from notelint.note import Note, parse_layout
from notelint.rules.language import reads_as_english

ABSENCE = ("no-conversation-reference", "no-interest")

FRENCH = """Bonjour Madame Lefèvre,

Je reviens vers vous suite à notre échange de mardi. Votre présentation du projet de
signalétique pour la nouvelle médiathèque m'a beaucoup parlé, notamment la question de
l'accessibilité. Ce poste me tient vraiment à cœur.

Cordialement,
Camille
"""
PATOIS = """Morning Mr. Ramdass,

tanks again fi di interview yesterday, mi really appreciate it. di part bout di new cold room
fi di fish market soun good. mi woulda really love fi get dis maintenance tech job wid unnu.

Blessings,
Dwayne
"""
# Spanish with enough "a" and "me" to pass the English share alone (round 158).
SPANISH = """Hola Chef Ramírez,

Gracias por presentarme a Lucía después del servicio del jueves. Hablar con ella sobre cómo
organizan la partida de fríos me ayudó a entender el ritmo de la cocina.

Me encantaría formar parte del equipo como segundo de cocina.

Un saludo,
Andrés
"""
# English with nothing from the interview and no interest: both rules must still speak.
ENGLISH = """Dear Ms. Grant,

I am writing to follow up on my application for the position. I have ten years of experience
in retail and I believe my skills would be a good fit for the store.

Kind regards,
Michelle
"""
# Too short to judge the language: judged as English.
SHORT = "Hi Sam,\n\nGreat chat today about the role.\n\nBest,\nAl\n"


@pytest.mark.parametrize("text", [FRENCH, PATOIS, SPANISH])
def test_absence_rules_leave_other_languages_alone(lint, text: str) -> None:
    report = lint(text)
    assert not {f.rule for f in report.findings} & set(ABSENCE)


@pytest.mark.parametrize("text", [ENGLISH, SHORT])
def test_english_notes_are_still_judged(lint, text: str) -> None:
    assert {f.rule for f in lint(text).findings} >= set(ABSENCE)


def test_reads_as_english_tells_them_apart(nlp: Any) -> None:
    def note(text: str) -> Note:
        return Note(text, parse_layout(text), nlp(text))

    assert reads_as_english(note(ENGLISH))
    assert reads_as_english(note(SHORT))
    assert not reads_as_english(note(FRENCH))
    assert not reads_as_english(note(PATOIS))
    assert not reads_as_english(note(SPANISH))
