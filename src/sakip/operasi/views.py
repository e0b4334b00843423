"""The error page of the server, with the request id an administrator looks up in the log."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader


def server_error(request: HttpRequest) -> HttpResponse:
    """Render the Indonesian 500 page with the request's id."""
    template = loader.get_template("500.html")
    ctx = {"request_id": getattr(request, "request_id", "")}
    return HttpResponseServerError(template.render(ctx))
