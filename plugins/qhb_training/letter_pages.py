"""Invitations and participation certificates of a course, by e-mail or by post: the plan
first, then one click queues the letters job."""

from __future__ import annotations

from core.letters import delivery
from core.web.routing import Req
from plugins.qhb_training import courses, letters
from plugins.qhb_training.web import EDIT, routes


@routes.page("/courses/{id:int}/letters/{what:str}", permission=EDIT, methods=("GET", "POST"))
def course_letters(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    what = req.request.path_params["what"]
    planned = letters.course_letters(req.session, course, what)  # refuses an unknown kind
    if req.form is not None:
        job = letters.queue(req.session, course, what, req.user.username)
        return req.redirect(f"/letters/{job.id}")
    return req.render(
        "qhb_training/letters.html",
        course=course,
        what=what,
        title=letters.WHAT[what],
        batch=delivery.plan(planned),
    )
