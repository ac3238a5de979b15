"""Geldleistung screens: runs with review and finalising, documents, rates, person tab."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from starlette.responses import FileResponse

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.models import Childminder
from core.services.persons import get_person
from core.settings import InstallationSettings
from core.web.persons import person_page
from core.web.routing import Req, RouteTable, download
from plugins.payments import cases, documents, exports, models, ratefile, runs, service
from plugins.payments.rates import INSURANCE_KINDS

routes = RouteTable()


def _month_default() -> str:
    return date.today().strftime("%Y-%m")


@routes.page("/", permission="payments.view")
def overview(req: Req, errors=None, status=200):
    return req.render(
        "payments/index.html",
        runs=runs.all_runs(req.session),
        periods=service.rate_periods(req.session),
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
    payees = req.session.scalar(select(func.count()).select_from(Childminder)) or 0
    if payees >= int(req.setting("payments.background_from")):
        return _start_compute(req, month, payees)
    try:
        run = runs.compute(
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
    inst = req.installation
    with inst.db.transaction(req.user.username) as session:
        job = models.Job(kind="compute", month=month, total=payees)
        session.add(job)
        session.flush()
        job_id = job.id
    change = int(req.setting("payments.change_warning_percent"))
    worker = threading.Thread(
        target=_compute_job, args=(inst, month, job_id, req.user.username, change), daemon=True
    )
    worker.start()
    return req.redirect(f"/payments/jobs/{job_id}")


def _compute_job(inst, month, job_id: int, actor: str, change_percent: int) -> None:
    """Background thread: the month in one transaction, progress in short ones beside it."""
    from core.db import bulk_work, utcnow

    def advance(done: int, total: int) -> None:
        with inst.db.transaction("system") as session:
            job = session.get(models.Job, job_id)
            job.done, job.total = done, total

    run_id, status = None, "done"
    try:
        with bulk_work():  # resumes after the month's objects are gone with _month_in
            run_id, message = _month_in(inst, month, actor, change_percent, advance)
    except IntegrityError:
        status, message = "failed", gettext_("Dieser Monat wurde gleichzeitig anderswo berechnet.")
    except Exception as exc:  # the page shows the failure; the month's transaction is undone
        status, message = "failed", f"Fehler beim Berechnen: {exc}"
    with inst.db.transaction("system") as session:
        job = session.get(models.Job, job_id)
        job.status, job.message, job.finished_at, job.run_id = status, message, utcnow(), run_id


def _month_in(inst, month, actor: str, change_percent: int, advance) -> tuple[int, str]:
    hooks = inst.kernel().hook
    with inst.db.read() as session:  # reading only, so progress can commit meanwhile
        rates = runs.stored_table(session)
        results = runs.calculate_month(session, month, hooks, rates, advance)
    with inst.db.transaction(actor) as session:
        run = runs.compute(
            session,
            month,
            hooks=hooks,
            actor=actor,
            change_percent=change_percent,
            rates=rates,
            results=results,
        )
        return run.id, f"{run.label} berechnet: {run.statement_count} Bescheide."


@routes.page("/jobs/{id:int}", permission="payments.view")
def job_page(req: Req):
    job = req.session.get(models.Job, req.path_int("id"))
    if job is None or job.kind != "compute":
        raise NotFound(gettext_("Diese Berechnung gibt es nicht."))
    if job.status == "done" and job.run_id and req.htmx:
        return req.redirect(f"/payments/runs/{job.run_id}", job.message)
    return req.render("payments/job.html", block="progress", job=job)


@routes.page("/runs/{id:int}", permission="payments.view")
def run_detail(req: Req, error: str = "", status: int = 200):
    run = runs.get_run(req.session, req.path_int("id"))
    job = _last_job(req, run)
    return req.render(
        "payments/run.html",
        run=run,
        statements=runs.statements(req.session, run),
        threshold=req.setting("payments.change_warning_percent"),
        job=job,
        combined=_combined(req, run) if job and job.status == "done" else None,
        sender_missing=_sender(req).missing,
        error=error,
        status=status,
    )


@routes.page("/runs/{id:int}/recompute", permission="payments.edit", methods=("POST",))
def run_recompute(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    if run.is_final:
        return run_detail(req, gettext_("Ein abgeschlossener Lauf ändert sich nicht mehr."), 422)
    run = runs.compute(
        req.session,
        run.month,
        hooks=req.hooks,
        actor=req.user.username,
        change_percent=req.setting("payments.change_warning_percent"),
    )
    return req.redirect(f"/payments/runs/{run.id}", gettext_("Lauf neu berechnet."))


@routes.page("/runs/{id:int}/finalise", permission="payments.edit", methods=("GET", "POST"))
def run_finalise(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("payments/confirm.html", run=run, action="finalise")
    try:
        runs.finalise(req.session, run.id, req.user.username, _sender(req))
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    return req.redirect(f"/payments/runs/{run.id}", f"{run.label} abgeschlossen.")


@routes.page("/runs/{id:int}/discard", permission="payments.edit", methods=("GET", "POST"))
def run_discard(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("payments/confirm.html", run=run, action="discard")
    try:
        runs.discard(req.session, run.id)
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    return req.redirect("/payments/", "Entwurf verworfen.")


@routes.page("/runs/{id:int}/statements/{cm:int}", permission="payments.view")
def statement_detail(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    st = runs.get_statement(req.session, run, req.path_int("cm"))
    problems = [p for p in run.problems if p.childminder_id == st.childminder_id]
    return req.render("payments/statement.html", run=run, st=st, problems=problems)


@routes.page("/runs/{id:int}/statements/{cm:int}/pdf", permission="payments.view")
def statement_pdf(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    cm = req.path_int("cm")
    runs.get_statement(req.session, run, cm)
    stored = _run_dir(req, run) / f"bescheid-{cm}.pdf"
    if stored.exists() and run.is_final:
        return FileResponse(stored, media_type="application/pdf", filename=stored.name)
    data = documents.statement_data(req.session, run, [cm])
    pdf = documents.render_statement(_context(req, run), data[0])
    return download(pdf, "application/pdf", f"bescheid-{run.month:%Y-%m}-{cm}.pdf")


@routes.page("/runs/{id:int}/summary.pdf", permission="payments.view")
def summary_pdf(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    data = documents.statement_data(req.session, run)
    problems = [
        {"person_name": p.person_name, "blocking": p.blocking, "message": p.message}
        for p in run.problems
    ]
    pdf = documents.render_summary(_context(req, run), data, problems)
    return download(pdf, "application/pdf", f"uebersicht-lauf-{run.id}.pdf")


@routes.page("/runs/{id:int}/documents", permission="payments.edit", methods=("POST",))
def documents_start(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    inst = req.installation
    with inst.db.transaction(req.user.username) as session:
        job = models.Job(run_id=run.id, total=run.statement_count)
        session.add(job)
        session.flush()
        job_id = job.id
    settings = InstallationSettings(req.kernel.collect("setting_specs"))
    threading.Thread(target=_render_job, args=(inst, settings, run.id, job_id), daemon=True).start()
    return req.redirect(f"/payments/runs/{run.id}", gettext_("Bescheide werden erzeugt."))


@routes.page("/runs/{id:int}/progress", permission="payments.view")
def documents_progress(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    job = _last_job(req, run)
    combined = _combined(req, run) if job and job.status == "done" else None
    return req.render("payments/_progress.html", run=run, job=job, combined=combined)


@routes.page("/runs/{id:int}/alle-bescheide.pdf", permission="payments.view")
def combined_pdf(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
    path = _combined(req, run)
    if path is None:
        raise NotFound(gettext_("Die Sammeldatei ist noch nicht erzeugt."))
    return FileResponse(path, media_type="application/pdf", filename=f"bescheide-lauf-{run.id}.pdf")


@routes.page("/runs/{id:int}/sepa.xml", permission="payments.edit")
def sepa_file(req: Req):
    run = runs.get_run(req.session, req.path_int("id"))
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
    run = runs.get_run(req.session, req.path_int("id"))
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


# --- rate tables -------------------------------------------------------------------


@routes.page("/rates", permission="payments.view")
def rate_list(req: Req, errors=None, status=200):
    return req.render(
        "payments/rates.html",
        periods=service.rate_periods(req.session),
        presets={key: ratefile.load_file(path) for key, path in ratefile.presets().items()},
        errors=errors or {},
        status=status,
    )


@routes.page("/rates/import", permission="payments.edit", methods=("POST",))
def rate_import(req: Req):
    try:
        count = service.import_preset(
            req.session, req.form.get("preset", ""), replace=req.form.get("replace") == "on"
        )
    except ValidationError as exc:
        return rate_list(req, errors=exc.errors, status=422)
    return req.redirect(
        "/payments/rates",
        gettext_("{count} Satzzeitraum/-zeiträume übernommen.").format(count=count),
    )


@routes.page("/rates/{id:int}/delete", permission="payments.edit", methods=("GET", "POST"))
def rate_delete(req: Req):
    period = req.session.get(models.RatePeriod, req.path_int("id"))
    if period is None:
        raise NotFound(gettext_("Diesen Satzzeitraum gibt es nicht."))
    if req.form is None:
        return req.render("payments/confirm.html", period=period, action="delete_rates")
    service.delete_rate_period(req.session, period.id)
    return req.redirect("/payments/rates", gettext_("Satzzeitraum gelöscht."))


# --- person tab ----------------------------------------------------------------------


def _person_tab(req: Req, person, errors=None, data=None, status=200):
    profile = service.profile_of(req.session, person.id)
    history = req.session.execute(
        select(models.Run, models.Statement)
        .join(models.Statement, models.Statement.run_id == models.Run.id)
        .where(models.Statement.childminder_id == person.id)
        .order_by(models.Run.month.desc(), models.Run.id.desc())
        .limit(24)
    ).all()
    return person_page(
        req,
        person,
        "payments",
        "payments/person_tab.html",
        profile=profile,
        contributions=service.records_of(req.session, models.Contribution, person.id),
        extras=service.records_of(req.session, models.Extra, person.id),
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
        "profile": (service.save_profile, gettext_("Angaben gespeichert.")),
        "contributions": (service.add_contribution, gettext_("Nachweis gespeichert.")),
        "extras": (service.add_extra, gettext_("Zusatzleistung gespeichert.")),
    }
    if what not in actions:
        raise NotFound(gettext_("Diese Aktion gibt es nicht."))
    save, message = actions[what]
    try:
        save(req.session, person, req.form)
    except ValidationError as exc:
        return _person_tab(
            req,
            person,
            {f"{what}.{k}": v for k, v in exc.errors.items()},
            {what: dict(req.form)},
            422,
        )
    return req.redirect(f"/payments/person/{person.id}", message)


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
    record = req.session.get(model, req.path_int("rid"))
    if record is None or record.childminder_id != person.id:
        raise NotFound(gettext_("Diesen Eintrag gibt es nicht."))
    if req.form is None:
        return req.render(
            "payments/confirm.html",
            person=person,
            record=record,
            action="delete_record",
            kinds=INSURANCE_KINDS,
        )
    service.delete_record(req.session, model, record.id, person.id)
    return req.redirect(f"/payments/person/{person.id}", gettext_("Eintrag gelöscht."))


# --- helpers -------------------------------------------------------------------------


def _sender(req: Req) -> documents.Sender:
    settings = InstallationSettings(req.kernel.collect("setting_specs"))
    return documents.Sender.from_settings(settings, req.session)


def _context(req: Req, run) -> dict:
    return documents.run_context(run, _sender(req))


def _run_dir(req: Req, run):
    return documents.run_dir(req.installation.settings.data_dir, run)


def _combined(req: Req, run):
    path = _run_dir(req, run) / "alle-bescheide.pdf"
    return path if path.exists() else None


def _last_job(req: Req, run):
    return req.session.scalars(
        select(models.Job).where(models.Job.run_id == run.id).order_by(models.Job.id.desc())
    ).first()


def _render_job(inst, settings, run_id: int, job_id: int) -> None:
    """Background thread: render the run's documents, recording progress per batch."""
    from core.db import utcnow

    def advance(n: int) -> None:
        with inst.db.transaction("system") as session:
            job = session.get(models.Job, job_id)
            if job is not None:  # gone when the draft was recomputed meanwhile
                job.done += n

    try:
        with inst.db.read() as session:
            run = runs.get_run(session, run_id)
            data = documents.statement_data(session, run)
            context = documents.run_context(run, documents.Sender.from_settings(settings, session))
            target = documents.run_dir(inst.settings.data_dir, run)
        documents.render_run(context, data, target, progress=advance)
        status, message = "done", f"{len(data)} Bescheide erzeugt."
    except Exception as exc:  # the page shows the failure instead of spinning forever
        status, message = "failed", f"Fehler beim Erzeugen: {exc}"
    with inst.db.transaction("system") as session:
        job = session.get(models.Job, job_id)
        if job is not None:
            job.status, job.message, job.finished_at = status, message, utcnow()
