"""The job queue page: administrators see every job's state and reason and restart failed
ones (who else may: the authorisation matrix, tests/web/test_core_authorisation.py)."""

from __future__ import annotations

from core.models import Job


def test_admins_see_failures_with_their_reason_and_restart_them(admin, installation):
    with installation.db.transaction("test") as s:
        s.add(Job(kind="core.purge", status="failed", attempts=3, message="Platte voll"))
        s.add(Job(kind="core.jobs_cleanup", status="running", attempts=1, done=2, total=5))
    page = admin.get("/admin/jobs")
    assert "Löschen nach Ablauf der Aufbewahrung" in page.text and "Platte voll" in page.text
    assert "fehlgeschlagen" in page.text and "2/5" in page.text
    assert 'hx-trigger="every 2s"' in page.text  # refreshes while something runs
    assert page.text.count("Neu starten") == 1  # only the failed job
    failed_id = page.text.split('action="/admin/jobs/')[1].split("/")[0]
    done = admin.post(f"/admin/jobs/{failed_id}/restart", follow_redirects=True)
    assert f"Auftrag #{failed_id} ist wieder eingereiht." in done.text
    again = admin.post(f"/admin/jobs/{failed_id}/restart", follow_redirects=True)
    assert "Nur ein fehlgeschlagener Auftrag kann neu gestartet werden." in again.text
    with installation.db.read() as s:
        job = s.get(Job, int(failed_id))
        assert (job.status, job.attempts) == ("queued", 0)
        assert job.message == "Neu gestartet von admin-user."
    only_failed = admin.get("/admin/jobs?status=failed")
    assert "Keine Aufträge." in only_failed.text
