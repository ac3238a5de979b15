"""Geldleistung screens: runs with review and finalising, documents, rates, person tab."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.exc import IntegrityError
from starlette.responses import FileResponse

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.services.persons import get_person
from core.web.persons import person_page
from core.web.routing import Req, RouteTable, download
from plugins.payments import documents, exports, models, payee, proofs
from plugins.payments.rates import periods
from plugins.payments.rates.tables import INSURANCE_KINDS
from plugins.payments.runs import cases, jobs, lifecycle

routes = RouteTable()


def _month_default() -> str:
    return date.today().strftime("%Y-%m")


@routes.page("/", permission="payments.view")
def overview(req: Req, errors=None, status=200):
    return req.render(
        "payments/index.html",
        runs=lifecycle.all_runs(req.session),
        periods=periods.rate_periods(req.session),
        waiting=proofs.waiting(req.session),
        data={"month": req.form.get("month") if req.form else _month_default()},
        errors=errors or {},
        status=status,
    )


@routes.page("/runs", permission="payments.edit", methods=("POST",))
def run_create(req: Req):
    """Small months are computed at once; large ones in the background with a progress bar."""
    try:
        month = cases.month_of(req.form.get("month", ""))
    except ValidationError as exc:
        return overview(req, errors=exc.errors, status=422)
    payees = cases.childminder_count(req.session)
    if payees >= int(req.setting("payments.background_from")):
        return _start_compute(req, month, payees)
    try:
        run = lifecycle.compute(
            req.session,
            month,
            hooks=req.hooks,
            actor=req.user.username,
            change_percent=req.setting("payments.change_warning_percent"),
        )
    except ValidationError as exc:
        return overview(req, errors=exc.errors, status=422)
    except IntegrityError:  # someone else created this month's draft a moment ago
        req.session.rollback()
        busy = {
            "month": gettext_(
                "Monat: Dieser Monat wird gerade berechnet. Bitte gleich erneut senden."
            )
        }
        return overview(req, errors=busy, status=409)
    return req.redirect(f"/payments/runs/{run.id}", f"{run.label} berechnet.")


def _start_compute(req: Req, month, payees: int):
    change = int(req.setting("payments.change_warning_percent"))
    job = jobs.queue_compute(req.session, month, payees, req.user.username, change)
    return req.redirect(f"/payments/jobs/{job.id}")


@routes.page("/jobs/{id:int}", permission="payments.view")
def job_page(req: Req):
    job = jobs.compute_job(req.session, req.path_int("id"))
    run_id = (job.result or {}).get("run_id")
    if job.status == "done" and run_id and req.htmx:
        return req.redirect(f"/payments/runs/{run_id}", job.message)
    month = jobs.job_month(job)
    return req.render("payments/job.html", block="progress", job=job, month=month, run_id=run_id)


@routes.page("/runs/{id:int}", permission="payments.view")
def run_detail(req: Req, error: str = "", status: int = 200):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    job = _last_job(req, run)
    return req.render(
        "payments/run.html",
        run=run,
        statements=lifecycle.statements(req.session, run),
        threshold=req.setting("payments.change_warning_percent"),
        job=job,
        combined=_combined(req, run) if job and job.status == "done" else None,
        sender_missing=_sender(req).missing,
        error=error,
        status=status,
    )


@routes.page("/runs/{id:int}/recompute", permission="payments.edit", methods=("POST",))
def run_recompute(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    if run.is_final:
        return run_detail(req, gettext_("Ein abgeschlossener Lauf ändert sich nicht mehr."), 422)
    run = lifecycle.compute(
        req.session,
        run.month,
        hooks=req.hooks,
        actor=req.user.username,
        change_percent=req.setting("payments.change_warning_percent"),
    )
    return req.redirect(f"/payments/runs/{run.id}", gettext_("Lauf neu berechnet."))


@routes.page("/runs/{id:int}/finalise", permission="payments.edit", methods=("GET", "POST"))
def run_finalise(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("payments/confirm.html", run=run, action="finalise")
    try:
        lifecycle.finalise(req.session, run.id, req.user.username, _sender(req))
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    return req.redirect(f"/payments/runs/{run.id}", f"{run.label} abgeschlossen.")


@routes.page("/runs/{id:int}/discard", permission="payments.edit", methods=("GET", "POST"))
def run_discard(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("payments/confirm.html", run=run, action="discard")
    try:
        lifecycle.discard(req.session, run.id)
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    return req.redirect("/payments/", "Entwurf verworfen.")


@routes.page("/runs/{id:int}/statements/{cm:int}", permission="payments.view")
def statement_detail(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    st = lifecycle.get_statement(req.session, run, req.path_int("cm"))
    problems = [p for p in run.problems if p.childminder_id == st.childminder_id]
    return req.render("payments/statement.html", run=run, st=st, problems=problems)


@routes.page("/runs/{id:int}/statements/{cm:int}/pdf", permission="payments.view")
def statement_pdf(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    cm = req.path_int("cm")
    lifecycle.get_statement(req.session, run, cm)
    stored = _run_dir(req, run) / f"bescheid-{cm}.pdf"
    if stored.exists() and run.is_final:
        return FileResponse(stored, media_type="application/pdf", filename=stored.name)
    data = documents.statement_data(req.session, run, [cm])
    pdf = documents.render_statement(_context(req, run), data[0])
    return download(pdf, "application/pdf", f"bescheid-{run.month:%Y-%m}-{cm}.pdf")


@routes.page("/runs/{id:int}/summary.pdf", permission="payments.view")
def summary_pdf(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    data = documents.statement_data(req.session, run)
    problems = [
        {"person_name": p.person_name, "blocking": p.blocking, "message": p.message}
        for p in run.problems
    ]
    pdf = documents.render_summary(_context(req, run), data, problems)
    return download(pdf, "application/pdf", f"uebersicht-lauf-{run.id}.pdf")


@routes.page("/runs/{id:int}/documents", permission="payments.edit", methods=("POST",))
def documents_start(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    jobs.queue_documents(req.session, run, req.user.username)
    return req.redirect(f"/payments/runs/{run.id}", gettext_("Bescheide werden erzeugt."))


@routes.page("/runs/{id:int}/progress", permission="payments.view")
def documents_progress(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    job = _last_job(req, run)
    combined = _combined(req, run) if job and job.status == "done" else None
    return req.render("payments/_progress.html", run=run, job=job, combined=combined)


@routes.page("/runs/{id:int}/alle-bescheide.pdf", permission="payments.view")
def combined_pdf(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    path = _combined(req, run)
    if path is None:
        raise NotFound(gettext_("Die Sammeldatei ist noch nicht erzeugt."))
    return FileResponse(path, media_type="application/pdf", filename=f"bescheide-lauf-{run.id}.pdf")


@routes.page("/runs/{id:int}/sepa.xml", permission="payments.edit")
def sepa_file(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    try:
        xml = exports.sepa_transfer(
            req.session,
            run,
            sender=_sender(req),
            execution_date=date.today() + timedelta(days=1),
        )
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    return download(xml, "application/xml", f"sepa-lauf-{run.id}.xml")


@routes.page("/runs/{id:int}/export.{fmt:str}", permission="payments.view")
def export_file(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    fmt = req.request.path_params["fmt"]
    if fmt == "csv":
        return download(
            exports.to_csv(req.session, run), "text/csv; charset=utf-8", f"lauf-{run.id}.csv"
        )
    if fmt == "xlsx":
        return download(
            exports.to_xlsx(req.session, run),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            f"lauf-{run.id}.xlsx",
        )
    raise NotFound(gettext_("Dieses Format gibt es nicht."))


# --- person tab ----------------------------------------------------------------------


def _person_tab(req: Req, person, errors=None, data=None, status=200):
    profile = payee.profile_of(req.session, person.id)
    history = lifecycle.statements_of(req.session, person.id)
    return person_page(
        req,
        person,
        "payments",
        "payments/person_tab.html",
        profile=profile,
        contributions=payee.records_of(req.session, models.Contribution, person.id),
        extras=payee.records_of(req.session, models.Extra, person.id),
        proofs=proofs.proofs_of(req.session, person.id),
        history=history,
        kinds=INSURANCE_KINDS,
        data=data or {},
        errors=errors or {},
        status=status,
    )


@routes.page("/person/{id:int}", permission="payments.view")
def person_tab(req: Req):
    return _person_tab(req, get_person(req.session, req.path_int("id")))


@routes.page("/person/{id:int}/{what:str}", permission="payments.edit", methods=("POST",))
def person_save(req: Req):
    person = get_person(req.session, req.path_int("id"))
    what = req.request.path_params["what"]
    actions = {
        "profile": (payee.save_profile, gettext_("Angaben gespeichert.")),
        "contributions": (payee.add_contribution, gettext_("Nachweis gespeichert.")),
        "extras": (payee.add_extra, gettext_("Zusatzleistung gespeichert.")),
    }
    if what not in actions:
        raise NotFound(gettext_("Diese Aktion gibt es nicht."))
    save, message = actions[what]
    try:
        saved = save(req.session, person, req.form)
    except ValidationError as exc:
        return _person_tab(
            req,
            person,
            {f"{what}.{k}": v for k, v in exc.errors.items()},
            {what: dict(req.form)},
            422,
        )
    note = saved.note if what == "contributions" else ""  # an older proof it ended
    return req.redirect(f"/payments/person/{person.id}", f"{message} {note}".strip())


@routes.page(
    "/person/{id:int}/{what:str}/{rid:int}/delete",
    permission="payments.edit",
    methods=("GET", "POST"),
)
def person_record_delete(req: Req):
    person = get_person(req.session, req.path_int("id"))
    model = {"contributions": models.Contribution, "extras": models.Extra}.get(
        req.request.path_params["what"]
    )
    if model is None:
        raise NotFound(gettext_("Diese Aktion gibt es nicht."))
    record = payee.get_record(req.session, model, req.path_int("rid"), person.id)
    if req.form is None:
        return req.render(
            "payments/confirm.html",
            person=person,
            record=record,
            action="delete_record",
            kinds=INSURANCE_KINDS,
        )
    payee.delete_record(req.session, model, record.id, person.id)
    return req.redirect(f"/payments/person/{person.id}", gettext_("Eintrag gelöscht."))


# --- helpers -------------------------------------------------------------------------


def _sender(req: Req) -> documents.Sender:
    return documents.Sender.of(req.session)


def _context(req: Req, run) -> dict:
    return documents.run_context(req.session, run)


def _run_dir(req: Req, run):
    return documents.run_dir(req.installation.settings.data_dir, run)


def _combined(req: Req, run):
    path = _run_dir(req, run) / "alle-bescheide.pdf"
    return path if path.exists() else None


def _last_job(req: Req, run):
    return jobs.last_job(req.session, run)
