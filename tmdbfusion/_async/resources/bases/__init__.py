"""Hand-written bases of the few generated resources that need more than one request
per call, or a helper that sends nothing (``RESOURCE.base`` in the registry)."""
