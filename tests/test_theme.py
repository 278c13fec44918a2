"""Both themes are readable: every colour the console draws text in reaches WCAG AA
(4.5:1) on every background it is drawn on."""

from __future__ import annotations

import pytest

from widgets.theme import AA_TEXT, DARK, LIGHT, TEXT_PAIRS, Palette, contrast


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reaches_aa_on_its_backgrounds(palette: Palette) -> None:
    low = []
    for fg, backgrounds in TEXT_PAIRS:
        for bg in backgrounds:
            ratio = contrast(getattr(palette, fg), getattr(palette, bg))
            if ratio < AA_TEXT:
                low.append(f"{fg} on {bg}: {ratio:.2f}")
    assert not low, low


def test_the_pairs_cover_every_state_colour() -> None:
    named = {fg for fg, _ in TEXT_PAIRS}
    assert {"ok", "warning", "critical", "overdue", "muted", "text"} <= named


def test_the_unread_badges_number_is_paired_with_its_fill() -> None:
    """The bell's and the tray's badges: the number on a solid overdue fill."""
    assert ("on_overdue", ("overdue",)) in TEXT_PAIRS
    assert contrast(DARK.on_overdue, DARK.overdue) >= AA_TEXT  # white was 2.78:1
