"""The only code that knows aiohttp or requests.

``AsyncHTTPTransport`` (``aiohttp.ClientSession``, public API only) and
``SyncHTTPTransport`` (``requests.Session``) satisfy the ``AsyncTransport`` and
``SyncTransport`` protocols, which have the same method names (only ``aclose``/``close``
differ) so that ``build_sync.py`` can turn the async client into the sync one token by
token. Each also owns ``sleep``, so neither client tree calls asyncio or time directly.

Both hand back the same ``HTTPResponse``, apply the same body limit (``body_limit``),
trust the same certificates (``tls``) and raise only ``TransportError`` subclasses,
built outside any ``except`` block so that no traceback holds the library's exception
(whose URL carries the ``api_key``). ``deadline`` gives requests the end-to-end timeout
it lacks.
"""
