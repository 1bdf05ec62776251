"""The only code that knows aiohttp or requests.

``AsyncHTTPTransport`` and ``SyncHTTPTransport`` have the same method names (only
``aclose``/``close`` differ) so that ``build_sync.py`` can turn the async client into
the sync one token by token. Each also owns ``sleep``, so neither client tree calls
asyncio or time directly. Each module imports its HTTP library when it is imported,
and the clients import them only when a client is created.

The sync side is requests. The async side keeps its own keep-alive HTTP/1.1
connections (``connection_pool``, ``http_connection``, ``http_request``) and lets
aiohttp's parser read the responses: aiohttp's ``ClientSession`` around that parser
doubled the client's CPU per request in the benchmarks (see docs/benchmarks.md).
"""
