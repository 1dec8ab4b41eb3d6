"""The Add-customer wizard: it builds a request, hands it to the onboarding service on Submit, and
makes sure the one-time password was copied before it closes. It never writes to the database."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget, QWizard

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.domain.validation import CUSTOMER_FIELDS
from reseller_desktop.services.background import WaitTimeoutError
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.drafts import DraftStore, request_to_draft
from reseller_desktop.services.live import LiveServices
from reseller_desktop.services.onboarding import (
    CreationResult,
    OnboardingError,
    OutcomeUnknownError,
    PrefixTakenError,
)
from reseller_desktop.views.dialogs import inform
from reseller_desktop.views.i18n import current_language
from reseller_desktop.views.wizard.confirmation_page import ConfirmationPage
from reseller_desktop.views.wizard.customer_page import CustomerPage
from reseller_desktop.views.wizard.drafting import DraftKeeper
from reseller_desktop.views.wizard.field_names import field_name
from reseller_desktop.views.wizard.offer_page import OfferPage
from reseller_desktop.views.wizard.page_ids import PageId
from reseller_desktop.views.wizard.questions import ask_discard, confirm_copied
from reseller_desktop.views.wizard.review_page import ReviewPage

log = logging.getLogger(__name__)

# How long Submit waits before saying the outcome is unknown (the work goes on meanwhile).
SUBMIT_TIMEOUT_MS = 15_000
# An unknown outcome is checked again after these pauses (then every last one).
RECHECK_MS = (1000, 2000, 5000, 10_000, 30_000)
SIZE_KEY = "addCustomerWizard/size"
Button = QWizard.WizardButton
Option = QWizard.WizardOption


def content_size_hint(page: QWidget, width: int | None = None) -> QSize:
    """``page``'s size hint with each scroll area as big as its contents (a scroll area's own
    hint is a fixed guess, 36 by 24 characters, whatever it holds); with ``width``, the height
    the page needs at that width (wrapped text and form rows take more lines when narrower)."""
    hint = page.sizeHint()
    if width is not None:
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        hint = QSize(width, height if height > 0 else hint.height())
    for area in page.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or area.isHidden():
            continue
        frame = 2 * area.frameWidth()
        have = area.sizeHint()
        wanted = inner.sizeHint() + QSize(frame, frame)
        if width is not None and inner.hasHeightForWidth():
            inner_width = width - (page.sizeHint().width() - have.width()) - frame
            wanted.setHeight(max(wanted.height(), inner.heightForWidth(inner_width) + frame))
        hint = QSize(
            hint.width() + (max(0, wanted.width() - have.width()) if width is None else 0),
            hint.height() + max(0, wanted.height() - have.height()),
        )
    return hint


class AddCustomerWizard(QWizard):
    """Customer information -> Offer -> Review (Submit) -> Confirmation (Done)."""

    customer_created = Signal(object)  # the new customer's uuid.UUID, right after Submit
    another_requested = Signal()  # Add another customer: closed (copy confirmed), open a new one

    def __init__(
        self,
        services: AppServices,
        live: LiveServices,
        parent: QWidget | None = None,
        *,
        draft_delay_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.live = live
        self.submit_timeout_ms = SUBMIT_TIMEOUT_MS
        self.recheck_ms = RECHECK_MS
        self.setObjectName("addCustomerWizard")
        self.setWindowTitle(self.tr("Add customer"))
        self.request_id = new_request_id()  # for the wizard's life: a second Submit is a retry
        self.creation: CreationResult | None = None  # once Submit succeeded
        self._submitting = False
        self._had_focus = False
        self._late = False  # Submit passed its time limit and still runs
        self._job: int | None = None
        self._rechecks = 0
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.timeout.connect(self._submit_again)
        self._copy_confirmed = False
        self._returning_to_review = False
        language = current_language()  # country and culture names in the UI's language
        self.customer_page = CustomerPage(services, live, language, self)
        self.offer_page = OfferPage(services, self)
        self.review_page = ReviewPage(services, language, self)
        self.confirmation_page = ConfirmationPage(self)
        self.confirmation_page.reset_requested.connect(self.reset_password)
        self._offer_another_customer()
        self.setPage(PageId.CUSTOMER, self.customer_page)
        self.setPage(PageId.OFFER, self.offer_page)
        self.setPage(PageId.REVIEW, self.review_page)
        self.setPage(PageId.CONFIRMATION, self.confirmation_page)
        self.setStartId(PageId.CUSTOMER)
        self.setOption(Option.NoBackButtonOnStartPage, True)
        self.setOption(Option.NoBackButtonOnLastPage, True)
        # The Partner Center article's word (French: "Précédent"), not Qt's "Back".
        self.setButtonText(Button.BackButton, self.tr("< &Previous"))
        self.setButtonText(Button.CommitButton, self.tr("&Submit"))
        self.setButtonText(Button.FinishButton, self.tr("&Done"))
        self.setButtonText(Button.CustomButton1, self.tr("Back to re&view"))
        self.customButtonClicked.connect(self._custom_button_clicked)
        self.currentIdChanged.connect(self._page_changed)
        self.review_page.edit_requested.connect(self.edit_page)
        self.customer_page.completeChanged.connect(self._update_buttons)
        self.drafts = DraftKeeper(
            DraftStore(services.data_dir / "drafts"), services.clock, self, delay_ms=draft_delay_ms
        )
        self.customer_page.edited.connect(self._edited)
        self.offer_page.edited.connect(self._edited)
        self._blank = self._entries()
        self.default_size: QSize | None = None  # measured when first shown

    # -- size

    def showEvent(self, event: QShowEvent) -> None:
        """The first time (before the window is mapped, so it does not jump): the size the user
        left it at, else one that fits the pages; centred where QDialog placed it, on screen."""
        super().showEvent(event)
        if self.default_size is not None:
            return
        self.default_size = self.fitting_size()
        saved = QSettings().value(SIZE_KEY)
        size = saved if isinstance(saved, QSize) and saved.isValid() else self.default_size
        size = QSize(size.width(), min(size.height(), self._room().height()))
        if size == self.size():
            return
        centre = self.frameGeometry().center()
        self.resize(size)
        place = self.frameGeometry()
        place.moveCenter(centre)
        screen = self.screen()
        if screen is not None:  # never past the screen's edges (its top-left corner first)
            area = screen.availableGeometry()
            place.moveRight(min(place.right(), area.right()))
            place.moveBottom(min(place.bottom(), area.bottom()))
            place.moveLeft(max(place.left(), area.left()))
            place.moveTop(max(place.top(), area.top()))
        self.move(place.topLeft())  # a window's position is its frame's

    def _room(self) -> QSize:
        """The largest size the window can have on its screen (its frame, when known, left out)."""
        screen = (self.parentWidget() or self).screen()
        if screen is None:
            return QSize(10**5, 10**5)
        return screen.availableGeometry().size() - (self.frameGeometry().size() - self.size())

    def fitting_size(self) -> QSize:
        """Room for the largest page, as the pages' size hints ask (their scroll areas as big as
        their contents): no page is cut, and none is half empty. No taller than the screen (the
        pages scroll); the width is the pages' own, as the customer page's two columns squeeze
        their fields below it."""
        page = self.currentPage()
        chrome = self.sizeHint() - page.sizeHint() if page is not None else QSize(0, 0)
        pages = [self.page(page_id) for page_id in self.pageIds()]
        natural = QSize(0, 0)
        for each in pages:
            natural = natural.expandedTo(content_size_hint(each))
        width = (natural + chrome).expandedTo(self.minimumSizeHint()).width()
        # The heights at that width (wrapped text and form rows need more lines when narrower).
        height = max(content_size_hint(each, width - chrome.width()).height() for each in pages)
        return QSize(width, min(height + chrome.height(), self._room().height()))

    # -- the request

    def request(self) -> NewCustomerRequest:
        """What the user entered, as the request Submit sends."""
        values: dict[str, Any] = {**self.customer_page.values(), **self.offer_page.values()}
        return NewCustomerRequest(**values, request_id=self.request_id)

    def _entries(self) -> dict[str, Any]:
        entries = request_to_draft(self.request())
        entries.pop("request_id")
        return entries

    def has_entries(self) -> bool:
        """Whether the user has entered anything (changed any field from its default)."""
        return self._entries() != self._blank

    # -- drafts

    def open(self) -> None:
        """Offer the last unfinished customer back, then show the wizard (window-modal)."""
        self.offer_draft()
        super().open()

    def offer_draft(self) -> bool:
        """Ask whether to restore a saved draft; return True when it was restored."""
        request = self.drafts.ask_restore(self.parentWidget() or self)
        if request is None:
            return False
        self.request_id = request.request_id
        self.customer_page.set_values(request)
        self.offer_page.set_values(request)
        return True

    def _edited(self) -> None:
        if self.creation is None and self.has_entries():
            self.drafts.save_later(self.request)

    # -- navigation

    def edit_page(self, page_id: int) -> None:
        """The review's Edit links: go back to ``page_id``, with a way straight back."""
        while self.currentId() > page_id:
            self.back()
        self._returning_to_review = True
        self._update_buttons()

    def back_to_review(self) -> None:
        while self.currentId() < PageId.REVIEW:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # that page refused: its messages say why
                return

    def _custom_button_clicked(self, which: int) -> None:
        if which in (Button.CustomButton1, Button.CustomButton1.value):
            self.back_to_review()

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:  # QWizard leaves its pages on closing: not an edit
            return
        if page_id == PageId.REVIEW:
            self._returning_to_review = False
        if self.creation is None and self.has_entries():
            self.drafts.save_now(self.request)
        self._update_buttons()
        first = {
            PageId.CUSTOMER: self.customer_page.ui.companyName,
            PageId.OFFER: self.offer_page.ui.offer,
            PageId.CONFIRMATION: self.confirmation_page.ui.copyAllButton,
        }.get(PageId(page_id))
        if first is not None:  # keyboard users start at the page's first field
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_buttons(self) -> None:
        page_id = self.currentId()
        self.setOption(Option.NoCancelButton, page_id == PageId.CONFIRMATION)
        returning = self._returning_to_review and page_id == PageId.CUSTOMER
        self.setOption(Option.HaveCustomButton1, returning)
        self.button(Button.CustomButton1).setEnabled(self.customer_page.isComplete())

    # -- Submit

    def validateCurrentPage(self) -> bool:
        if self.currentId() == PageId.REVIEW:
            return self.submit()
        return super().validateCurrentPage()

    def submit(self) -> bool:
        """Submit: start creating the customer on a worker, and stay on the review until it
        answers (then the wizard moves on by itself). True once it succeeded. Runs once at a
        time, and a repeat (or a retry after an unclear outcome) reuses the request id: never
        two customers."""
        if self.creation is not None:
            return True
        if not self._submitting:
            self._start_submit()
        return False

    def is_submitting(self) -> bool:
        return self._submitting

    def _start_submit(self) -> None:
        self._recheck.stop()
        self._submitting = True
        commit = self.button(Button.CommitButton)
        # A disabled button hands the focus to the next one (Cancel): a second Enter would then
        # cancel. Park the focus on the page instead.
        self._had_focus = commit.hasFocus()
        self.review_page.setFocus(Qt.FocusReason.OtherFocusReason)
        commit.setEnabled(False)
        self.button(Button.BackButton).setEnabled(False)
        self.review_page.show_busy(self.tr("Creating the customer…"))
        request = self.request()
        onboarding = self.services.onboarding
        self._job = self.live.background.run(
            lambda: onboarding.create_customer(request),
            self._submitted,
            self._submit_error,
            timeout_ms=self.submit_timeout_ms,
            late=self._late_answer,
        )

    def _submit_again(self) -> None:
        if self.creation is None and not self._submitting and self.isVisible():
            self._start_submit()

    def _idle(self) -> None:
        self._submitting = False
        self._late = False
        self._job = None
        self.review_page.show_busy("")
        commit = self.button(Button.CommitButton)
        commit.setEnabled(True)
        self.button(Button.BackButton).setEnabled(True)
        if self._had_focus:
            commit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submitted(self, result: CreationResult) -> None:
        self._idle()
        self._rechecks = 0
        self.creation = result
        self.drafts.discard()
        self.confirmation_page.show_result(result)
        self.customer_created.emit(result.customer.id)
        self.next()  # Submit is done: validateCurrentPage now lets the wizard move on

    def _late_answer(self, ok: bool, value: object) -> None:
        """The answer of a Submit that was taking too long."""
        if ok and isinstance(value, CreationResult):
            self._submitted(value)
        else:
            self._submit_error(value if isinstance(value, Exception) else RuntimeError(value))

    def _submit_error(self, error: Exception) -> None:
        if isinstance(error, WaitTimeoutError):
            # Still running: the database or Microsoft does not answer. Say so; keep waiting.
            self._late = True
            self.live.monitor.suspect()
            self.review_page.show_busy(
                self.tr(
                    "No answer yet: the outcome is unknown. Still waiting; nothing will be "
                    "created twice."
                )
            )
            return
        self._idle()
        if isinstance(error, OutcomeUnknownError):
            delay = self.recheck_ms[min(self._rechecks, len(self.recheck_ms) - 1)]
            self._rechecks += 1
            self.review_page.show_problem(
                self.tr("Outcome unknown — checking again in {seconds} s…").format(
                    seconds=max(1, round(delay / 1000))
                )
            )
            self._recheck.start(delay)
            return
        if isinstance(error, OnboardingError):
            self._submit_failed(error)
            return
        log.error("Submit failed unexpectedly", exc_info=error)
        inform(
            self,
            self.tr("Add customer"),
            self.tr("The customer could not be submitted because of an unexpected error."),
            icon=QMessageBox.Icon.Warning,
            informative=self.tr(
                "Your entries are kept. Submit again; if it happens again, the log file has "
                "the details. Error: {kind}"
            ).format(kind=type(error).__name__),
            object_name="submitFailedBox",
        )

    # -- the admin password

    def reset_password(self) -> None:
        """The confirmation page's Reset admin password (the first one never reached us)."""
        if self.creation is None:
            return
        customer_id = self.creation.customer.id
        onboarding = self.services.onboarding
        self.confirmation_page.show_resetting(True)
        self.live.background.run(
            lambda: onboarding.reset_admin_password(customer_id),
            self.confirmation_page.show_new_password,
            self._reset_failed,
            timeout_ms=self.submit_timeout_ms,
        )

    def _reset_failed(self, error: Exception) -> None:
        from reseller_desktop.views.admin_password import tell_reset_failed

        self.confirmation_page.show_resetting(False)
        tell_reset_failed(self, error)

    def _submit_failed(self, error: OnboardingError) -> None:
        translate = QCoreApplication.translate
        message = error.message.render(translate)
        details = [
            f"{field_name(name)}: {problem.render(translate)}"
            for name, problem in error.problems.items()
        ]
        if isinstance(error, PrefixTakenError):
            field_problem = error.problems.get("domain_prefix")
            self.customer_page.mark_prefix_taken(
                field_problem.render(translate) if field_problem else message
            )
        self.customer_page.mark_refused(
            {name: problem.render(translate) for name, problem in error.problems.items()}
        )
        on_customer_page = any(name in CUSTOMER_FIELDS for name in error.problems)
        self.review_page.show_problem(message, edit_customer=on_customer_page)
        informative = "\n".join(details)
        informative += ("\n\n" if informative else "") + self.tr(
            "Nothing was saved. Fix the problem, then submit again."
        )
        inform(
            self,
            self.tr("Add customer"),
            self.tr("The customer was not created. {problem}").format(problem=message),
            icon=QMessageBox.Icon.Warning,
            informative=informative,
            object_name="submitFailedBox",
        )

    # -- leaving

    def accept(self) -> None:
        """Done: only once the user confirms the information was copied."""
        if self.currentId() == PageId.CONFIRMATION and not self._confirm_copied():
            return
        super().accept()

    def reject(self) -> None:
        """Cancel, Escape or closing the window."""
        if self._submitting and not self._late:
            return  # the wizard answers once Submit does (within its time limit)
        if self.currentId() == PageId.CONFIRMATION:
            if self._confirm_copied():
                super().accept()  # the customer exists: this is a successful end
            return
        choice = ask_discard(self) if self.has_entries() else "discard"
        if choice == "keep":
            return
        if choice == "draft":
            self.drafts.save_now(self.request)
        else:
            self.drafts.discard()
        super().reject()

    # -- Add another customer

    def _offer_another_customer(self) -> None:
        """The confirmation page's Add another customer button (beside Done)."""
        self.setButtonText(Button.CustomButton2, self.tr("Add &another customer"))
        self.currentIdChanged.connect(self._show_add_another)
        self.customButtonClicked.connect(self._another_clicked)

    def _show_add_another(self, page_id: int) -> None:
        self.setOption(Option.HaveCustomButton2, page_id == PageId.CONFIRMATION)

    def _another_clicked(self, which: int) -> None:
        if which in (Button.CustomButton2, Button.CustomButton2.value):
            self.add_another()

    def add_another(self) -> None:
        """Close once the user confirms the information was copied, then ask for a fresh
        wizard (the main window opens it)."""
        if self.currentId() != PageId.CONFIRMATION or not self._confirm_copied():
            return
        self.accept()
        self.another_requested.emit()

    def _confirm_copied(self) -> bool:
        if not self._copy_confirmed:
            self._copy_confirmed = confirm_copied(self)
            if not self._copy_confirmed:
                QTimer.singleShot(0, self.confirmation_page.ui.copyAllButton.setFocus)
        return self._copy_confirmed

    def done(self, result: int) -> None:
        self.drafts.stop()
        self._recheck.stop()
        if self._job is not None:  # a late answer goes to the journal, not to a closed wizard
            self.live.background.forget(self._job)
        self.confirmation_page.forget_password()
        if self.default_size is not None and self.size() != self.default_size:
            QSettings().setValue(SIZE_KEY, self.size())  # the user's choice
        elif self.default_size is not None:
            QSettings().remove(SIZE_KEY)  # the default again: fit the pages at the next start
        super().done(result)
