"""The residents desk: the one door to resident profiles, consent, links and the AVG requests.

Every operation checks the acting user's roles first (`webcare.permissions`, "residents"), runs
in one transaction, and writes its audit event in that transaction - a *view* of a profile too
(BIO2 8.15, municipal-context.md R1.16), with its purpose, never the personal data. A call the
roles refuse writes nothing (like every desk's); a link or consent action the rules refuse (no
consent, no verification) is audited as refused, in a transaction of its own. Contact details
come masked unless the role may see them (`residents.contact_details`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from webcare import audit
from webcare.desk import Call, Changes, Desk, Done, Progress, Topic, operation
from webcare.residents import (
    access,
    access_files,
    consents,
    erasure,
    linking,
    postcodes,
    profiles,
    replies,
    requests,
    retention,
    validation,
)
from webcare.residents.errors import ConsentRefused, InvalidValue, LinkRefused, NotFound
from webcare.residents.postcodes import PostcodeHit, TableInfo
from webcare.residents.values import (
    BesideConversation,
    ErasureResult,
    ExportResult,
    IssuedCode,
    LinkCandidate,
    LinkResult,
    NoticeInfo,
    PostcodeImportReport,
    ReplyImportReport,
    RequestInfo,
    ResidentInput,
    ResidentProfile,
    ResidentSummary,
    WithdrawResult,
)
from webcare.residents.vocabulary import ConsentMethod, DeletionReason, Purpose, RequestKind
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Partij

R = TypeVar("R")
ENTITY = profiles.ENTITY
CONTACT_DETAILS = "residents.contact_details"


class ResidentsDesk(Desk):
    """Resident profiles and everything around them, as the acting user."""

    # ---- a link or consent action the rules refuse is audited too

    def _call(self, operation: str, write: bool, body: Callable[[Call], R]) -> R:
        try:
            return super()._call(operation, write, body)
        except (LinkRefused, ConsentRefused) as refused:
            self._record_refusal(operation, refused)
            raise

    def _record_refusal(self, operation: str, refused: LinkRefused | ConsentRefused) -> None:
        reason = refused.reason.value if isinstance(refused, LinkRefused) else refused.code
        with transaction(self.sessions) as session:
            audit.record(
                session,
                actor=audit.user_actor(self.user_id),
                user_id=self.user_id,
                action=operation,
                entity_type="operation",
                entity_id=operation,
                details={"reason": reason},
                workstation=self.workstation,
                result=audit.REFUSED,
            )

    @staticmethod
    def _by(call: Call) -> str:
        return audit.user_actor(call.actor.id)

    def _view(self, call: Call, partij: Partij, purpose: str) -> ResidentProfile:
        masked = not call.may(CONTACT_DETAILS)
        call.audit("resident.viewed", ENTITY, partij.id, {"purpose": purpose})
        call.session.flush()
        return profiles.profile(
            call.session,
            partij,
            call.now,
            masked=masked,
            with_consultations=call.may("audit.read"),
            with_names=call.may("audit.read"),
        )

    # ---- reading

    @operation("residents.view")
    def search(
        self, call: Call, query: str = "", *, limit: int = 50, offset: int = 0
    ) -> Done[list[ResidentSummary]]:
        """Residents by name or postcode (and by e-mail or phone, where the role may see them)."""
        details = call.may(CONTACT_DETAILS)
        found = profiles.search(
            call.session, query, contact_details=details, limit=limit, offset=offset
        )
        call.audit(
            "residents.searched",
            ENTITY,
            "*",
            {"results": len(found), "ids": [p.id for p in found][:50], "purpose": "consult"},
        )
        return Done(profiles.summaries(call.session, found, call.now, masked=not details))

    @operation("residents.view")
    def profile(
        self, call: Call, resident_id: int, purpose: str = "consult"
    ) -> Done[ResidentProfile]:
        """The whole profile; the look is audited with its purpose."""
        return Done(self._view(call, profiles.get(call.session, resident_id), purpose))

    @operation("residents.view_linked")
    def beside_conversation(self, call: Call, conversation_id: int) -> Done[BesideConversation]:
        """The profile linked to a conversation (audited), or the link its code offers."""
        linked = linking.linked_resident(call.session, conversation_id)
        if linked is not None:
            partij = profiles.get(call.session, linked)
            shown = self._view(call, partij, "conversation")
            return Done(BesideConversation(conversation_id, profile=shown))
        offer = None
        if call.may("residents.link"):
            offer = linking.offer(call.session, conversation_id, call.now)
        return Done(BesideConversation(conversation_id, offer=offer))

    @operation("residents.link")
    def link_candidates(
        self, call: Call, conversation_id: int, query: str
    ) -> Done[list[LinkCandidate]]:
        """Residents found from the inbox, each with whether this conversation can be linked."""
        conversation = call.session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFound("conversation", conversation_id)
        details = call.may(CONTACT_DETAILS)
        found = profiles.search(call.session, query, contact_details=details, limit=20)
        summaries = profiles.summaries(call.session, found, call.now, masked=not details)
        call.audit(
            "residents.searched",
            ENTITY,
            "*",
            {"results": len(found), "purpose": "link", "conversation_id": conversation_id},
        )
        return Done(
            [
                LinkCandidate(summary, linking.block(call.session, partij, conversation, call.now))
                for summary, partij in zip(summaries, found, strict=True)
            ]
        )

    # ---- changing

    @operation("residents.edit")
    def create(self, call: Call, data: ResidentInput) -> Done[int]:
        partij = profiles.create(call.session, data, call.now)
        call.audit("resident.created", ENTITY, partij.id, {"purpose": "edit"})
        return Done(partij.id, Changes.of(Topic.RESIDENTS))

    @operation("residents.edit")
    def update(self, call: Call, resident_id: int, data: ResidentInput) -> Done[list[str]]:
        """Change the profile; returns the fields that changed (audited by name, not value)."""
        partij = profiles.get(call.session, resident_id)
        changed = profiles.update(call.session, partij, data, call.now)
        call.audit("resident.changed", ENTITY, resident_id, {"fields": changed, "purpose": "edit"})
        return Done(changed, Changes.of(Topic.RESIDENTS))

    @operation("residents.edit", write=False)
    def notice(self, call: Call, version: str | None = None) -> NoticeInfo:
        """The consent notice to show (the newest, or a version)."""
        return consents.notice(call.session, version)

    @operation("residents.edit")
    def give_consents(
        self,
        call: Call,
        resident_id: int,
        purposes: list[Purpose],
        *,
        method: ConsentMethod,
        given_at: datetime,
        evidence_ref: str,
        notice_version: str,
    ) -> Done[list[int]]:
        """Record consent for each ticked purpose (one record per purpose, never bundled)."""
        if not purposes:
            raise ConsentRefused("no_purpose")
        if given_at > call.now:
            raise InvalidValue("given_at", "in_the_future")
        profiles.get(call.session, resident_id)
        ids = []
        for purpose in dict.fromkeys(purposes):
            consent = consents.give(
                call.session,
                resident_id,
                purpose,
                method=method,
                given_at=given_at,
                evidence_ref=evidence_ref,
                notice_version=notice_version,
                by=self._by(call),
                now=call.now,
            )
            ids.append(consent.id)
            call.audit(
                "consent.given",
                ENTITY,
                resident_id,
                {"consent_id": consent.id, "consent_purpose": purpose.value, "purpose": "edit"},
            )
        return Done(ids, Changes.of(Topic.CONSENTS, Topic.RESIDENTS))

    @operation("consents.withdraw")
    def withdraw_consent(
        self,
        call: Call,
        resident_id: int,
        purpose: Purpose,
        method: ConsentMethod = ConsentMethod.PHONE,
    ) -> Done[WithdrawResult]:
        """One action: the consent ends and its processing stops now; for linking, every
        conversation is unlinked at once (the conversations stay as public-task records)."""
        profiles.get(call.session, resident_id)
        result = consents.withdraw(
            call.session, resident_id, purpose, method=method, by=self._by(call), now=call.now
        )
        call.audit(
            "consent.withdrawn",
            ENTITY,
            resident_id,
            {
                "consent_id": result.consent_id,
                "consent_purpose": purpose.value,
                "unlinked": list(result.unlinked),
                "purpose": "edit",
            },
        )
        return Done(
            result, Changes.of(Topic.CONSENTS, Topic.RESIDENTS, conversations=result.unlinked)
        )

    # ---- linking

    @operation("residents.link")
    def issue_code(self, call: Call, resident_id: int) -> Done[IssuedCode]:
        """A one-time code for the resident to send from the account to be linked."""
        profiles.get(call.session, resident_id)
        issued = linking.issue_code(call.session, resident_id, by=self._by(call), now=call.now)
        call.audit("verification.code_issued", ENTITY, resident_id, {"purpose": "verification"})
        return Done(issued, Changes.of(Topic.RESIDENTS))

    @operation("residents.link")
    def link(self, call: Call, conversation_id: int, resident_id: int) -> Done[LinkResult]:
        """Link the conversation (and its account's others) to the resident: only with a valid
        linking consent and an account verified by the resident's code."""
        result = linking.link(
            call.session, conversation_id, resident_id, by=self._by(call), now=call.now
        )
        call.audit(
            "resident.linked",
            ENTITY,
            resident_id,
            {"conversations": list(result.conversations), "purpose": "link"},
        )
        return Done(result, Changes.of(Topic.RESIDENTS, conversations=result.conversations))

    @operation("residents.link")
    def unlink(self, call: Call, conversation_id: int) -> Done[int | None]:
        resident = linking.unlink(call.session, conversation_id)
        if resident is not None:
            call.audit(
                "resident.unlinked",
                ENTITY,
                resident,
                {"conversations": [conversation_id], "purpose": "link"},
            )
        return Done(resident, Changes.of(Topic.RESIDENTS, conversations=[conversation_id]))

    # ---- access and erasure requests

    @operation("residents.requests")
    def register_request(
        self, call: Call, resident_id: int, kind: RequestKind, received_at: datetime
    ) -> Done[int]:
        profiles.get(call.session, resident_id)
        request = requests.register(call.session, resident_id, kind, received_at, by=self._by(call))
        call.audit(
            "request.registered",
            ENTITY,
            resident_id,
            {"request_id": request.id, "kind": kind.value, "purpose": "access_request"},
        )
        return Done(request.id, Changes.of(Topic.RESIDENTS))

    @operation("residents.requests", write=False)
    def requests(self, call: Call, *, open_only: bool = True) -> list[RequestInfo]:
        """The privacy officer's list of requests, soonest deadline first."""
        return requests.listing(call.session, open_only=open_only)

    @operation("residents.requests")
    def complete_request(self, call: Call, request_id: int) -> Done[None]:
        requests.complete(call.session, request_id, by=self._by(call), now=call.now)
        call.audit("request.completed", "privacy_request", request_id)
        return Done(None, Changes.of(Topic.RESIDENTS))

    @operation("residents.export")
    def export_access(self, call: Call, resident_id: int, out_dir: Path) -> Done[ExportResult]:
        """The access request (art. 15) as `inzage.json` and `inzage.pdf` in `out_dir`; an open
        access request of the resident is marked answered."""
        partij = profiles.get(call.session, resident_id)
        call.audit("resident.exported", ENTITY, resident_id, {"purpose": "access_request"})
        call.session.flush()
        data = access.collect(call.session, partij, call.now)
        json_path, pdf_path, pages = access_files.write(data, out_dir)
        done = requests.complete_open(
            call.session, resident_id, RequestKind.ACCESS, by=self._by(call), now=call.now
        )
        if done:
            call.audit("request.completed", ENTITY, resident_id, {"requests": done})
        return Done(
            ExportResult(resident_id, str(json_path), str(pdf_path), pages),
            Changes.of(Topic.RESIDENTS),
        )

    def erase(self, resident_id: int, reason: str) -> Done[ErasureResult]:
        """Erase the resident (art. 17); then scrub the database file (see `erasure`).

        `reason` is a `DeletionReason` code ("request", "withdrawal").
        """
        done = self._erase(resident_id, reason)
        scrubbed = erasure.checkpoint(self.sessions.kw["bind"])
        value = done.value
        return Done(
            ErasureResult(
                value.resident_id,
                value.batch_id,
                value.conversations,
                value.contacts_anonymised,
                value.messages_scrubbed,
                value.drafts_deleted,
                files_scrubbed=scrubbed,
            ),
            done.changes,
        )

    @operation("residents.erase")
    def _erase(self, call: Call, resident_id: int, reason: str) -> Done[ErasureResult]:
        try:
            code = DeletionReason(reason)
        except ValueError:
            raise InvalidValue("reason", "unknown") from None
        partij = profiles.get(call.session, resident_id)
        erasure.begin_secure(call.session)
        erased = erasure.erase(
            call.session, partij, reason=code.value, by=self._by(call), now=call.now
        )
        requests.complete_open(
            call.session, resident_id, RequestKind.ERASURE, by=self._by(call), now=call.now
        )
        erasure.end_secure(call.session)
        call.audit(
            "resident.erased",
            ENTITY,
            resident_id,
            {
                "batch_id": erased.batch_id,
                "reason": code.value,
                "conversations_unlinked": len(erased.conversations),
                "purpose": "erasure",
            },
        )
        return Done(
            ErasureResult(
                resident_id,
                erased.batch_id,
                erased.conversations,
                erased.contacts,
                erased.messages,
                erased.drafts,
            ),
            Changes.of(Topic.RESIDENTS, Topic.CONSENTS, conversations=erased.conversations),
        )

    # ---- the replies of a letterbox campaign or web form

    @operation("residents.edit")
    def import_replies(self, call: Call, path: Path, progress: Progress) -> Done[ReplyImportReport]:
        """Create or update residents with their consents from a CSV of replies."""
        rows, _size = replies.read(path)
        report = ReplyImportReport()
        parsed = list(replies.parse(rows, report.errors))
        report.skipped = len(report.errors)

        def audited(action: str, resident_id: int, details: dict[str, object]) -> None:
            call.audit(action, ENTITY, resident_id, dict(details))

        for index, reply in enumerate(parsed):
            replies.apply(
                call.session, reply, report, by=self._by(call), now=call.now, audit=audited
            )
            if index % 50 == 0:
                progress(index, len(parsed))
        progress(len(parsed), len(parsed))
        call.audit(
            "residents.imported",
            ENTITY,
            "*",
            {"created": report.created, "updated": report.updated, "skipped": report.skipped},
        )
        return Done(report, Changes.of(Topic.RESIDENTS, Topic.CONSENTS))

    # ---- the postcode table

    @operation("postcodes.lookup", write=False)
    def lookup_postcode(
        self, call: Call, postcode: str, house_number: str, letter: str = "", addition: str = ""
    ) -> PostcodeHit | None:
        code = validation.normalise_postcode(postcode)
        if letter or addition:
            number = validation.normalise_house_number(house_number)
            found_letter = validation.normalise_letter(letter)
            found_addition = validation.normalise_addition(addition)
        else:
            number, found_letter, found_addition = validation.split_house_number(house_number)
        return postcodes.lookup(call.session, code, number, found_letter, found_addition)

    @operation("postcodes.lookup", write=False)
    def postcode_table(self, call: Call) -> TableInfo | None:
        return postcodes.table_info(call.session)

    def import_postcodes(
        self,
        path: Path,
        progress: Progress,
        *,
        coordinates: Path | None = None,
        year: int | None = None,
    ) -> Done[PostcodeImportReport]:
        """Import the CBS table: staged beside the live one, then swapped in atomically."""
        self._may_import_postcodes()
        engine = self.sessions.kw["bind"]
        staged = postcodes.stage(
            engine, path, coordinates=coordinates, year=year, progress=progress
        )
        try:
            return self._swap_postcodes(staged)
        except BaseException:
            postcodes.discard(engine)
            raise

    @operation("postcodes.import", write=False)
    def _may_import_postcodes(self, call: Call) -> None:
        """The role check before the (long) reading of the file."""

    @operation("postcodes.import")
    def _swap_postcodes(
        self, call: Call, staged: postcodes.StagedImport
    ) -> Done[PostcodeImportReport]:
        postcodes.swap(call.session, staged, by=self._by(call), now=call.now)
        moved = 0
        for partij in call.session.scalars(select(Partij).where(Partij.postcode.is_not(None))):
            before = (partij.buurtcode, partij.indeling_jaar)
            profiles.resolve_neighbourhood(call.session, partij)
            moved += (partij.buurtcode, partij.indeling_jaar) != before
        call.audit(
            "postcodes.imported",
            "postcode_table",
            staged.year,
            {"rows": staged.rows, "skipped": staged.skipped, "residents_updated": moved},
        )
        report = PostcodeImportReport(
            year=staged.year,
            rows=staged.rows,
            skipped=staged.skipped,
            duplicates=staged.duplicates,
            with_coordinates=staged.with_coordinates,
            bad_rows=tuple((b.line, b.code, b.value) for b in staged.bad_rows),
            residents_updated=moved,
        )
        return Done(report, Changes.of(Topic.POSTCODES, Topic.RESIDENTS))

    # ---- retention

    @operation("retention.read", write=False)
    def retention_terms(self, call: Call) -> list[retention.Term]:
        return retention.terms(call.session)

    @operation("retention.manage")
    def set_retention_term(
        self, call: Call, category: str, months: int, tag: str | None = None
    ) -> Done[retention.Term]:
        term = retention.set_term(
            call.session,
            category,
            months,
            tag=tag,
            selectielijst=None,
            by=self._by(call),
            now=call.now,
        )
        call.audit("retention.term_set", "retention", term.category, {"months": months})
        return Done(term, Changes.of(Topic.POLICY))

    def run_retention(self) -> Done[retention.RunReport]:
        """Run the retention job now (it runs by itself daily where the worker lease is held)."""
        done = self._run_retention()
        erasure.checkpoint(self.sessions.kw["bind"])
        return done

    @operation("retention.manage")
    def _run_retention(self, call: Call) -> Done[retention.RunReport]:
        report = retention.run(call.session, now=call.now, by=self._by(call))
        return Done(report, Changes.of(Topic.COUNTS, Topic.RESIDENTS))
