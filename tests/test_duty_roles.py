"""Who may act: the first name on duty on a fresh database is a supervisor; where staff
exist a new name joins as a viewer until a supervisor gives it the role (README)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from console.staff import add_staff, role_of
from console.supervisors import join_on_duty
from tests.guikit import NOW, OFFSCREEN_NOISE
from widgets.duty_dialog import DutyDialog

pytestmark = OFFSCREEN_NOISE


def test_the_first_name_acts_later_names_watch_until_given_the_role(engine: Engine) -> None:
    assert join_on_duty(engine, "  李娜 ", NOW) == "supervisor"
    assert join_on_duty(engine, "张伟", NOW) == "viewer"
    assert join_on_duty(engine, "李娜", NOW) == "supervisor"  # known: keeps the role
    add_staff(engine, "张伟", "supervisor", now=NOW)  # a supervisor gives the role
    assert join_on_duty(engine, "张伟", NOW) == "supervisor"
    assert role_of(engine, "张伟") == "supervisor"


def test_the_duty_dialog_says_a_new_name_joins_as_a_viewer(qtbot: Any) -> None:
    dialog = DutyDialog(["李娜", "王强"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("王强")
    assert not dialog.hint.isVisible()
    dialog.name.setText("赵敏")
    assert dialog.hint.isVisible() and "viewer" in dialog.hint.text()
    fresh = DutyDialog([])  # nobody yet: the first name is the supervisor, no warning
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.name.setText("赵敏")
    assert not fresh.hint.isVisible()


def test_the_duty_dialog_grows_to_its_hint(qtbot: Any, qapp: Any) -> None:
    """The viewer's hint is three lines: the dialog, sized for one, cut the third."""
    from widgets.i18n import install_translators

    for lang in ("zh_CN", "en"):
        install_translators(qapp, lang)
        try:
            dialog = DutyDialog(["李娜", "王强"])
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.name.setText("赵敏")
            qtbot.wait(20)  # the layout's pass
            hint = dialog.hint
            assert hint.height() >= hint.heightForWidth(hint.width()), lang
            assert dialog.rect().contains(hint.geometry()), lang
            buttons = dialog.buttons.geometry()
            assert buttons.top() >= hint.geometry().bottom(), lang
        finally:
            install_translators(qapp, "en")
