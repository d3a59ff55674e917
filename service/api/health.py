"""Liveness and readiness, separate as Kubernetes expects: /livez never touches the model."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from ..extensions import models_of
from ..observability import metrics_payload
from .errors import RETRY_AFTER_SECONDS, problem_response
from .schemas import HealthSchema

blp = Blueprint("health", __name__, description="Probes for orchestrators.")



@blp.route("/livez")
class Live(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> dict[str, str]:
        """The process is alive and serving HTTP."""
        return {"status": "alive"}


@blp.route("/metrics")
class Metrics(MethodView):
    @blp.doc(responses={"200": {"description": "Prometheus text exposition format.",
                                "content": {"text/plain": {"schema": {"type": "string"}}}}})
    def get(self) -> Response:
        """Prometheus metrics of all workers: requests, latency by route and status, stage times, in flight."""
        payload, content_type = metrics_payload()
        return Response(payload, content_type=content_type)


@blp.route("/readyz")
class Ready(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    def get(self):
        """The model is loaded in this worker and requests can be served."""
        holder = models_of()
        if holder.ready:
            return {"status": "ready", "model": holder.encoder.name}
        detail = f"model failed to load: {holder.error}" if holder.error else "model is loading"
        return problem_response(503, detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
