"""HTTP layer: blueprints, schemas and the problem+json error envelope. Nothing below imports Flask."""
