"""Every check of a caller's argument, in one package, run before anything is sent.

- ``limits``: the client's copies of TMDB's own rules (pages, append parts, change
  windows, int32 ids), each saying where TMDB states it;
- ``values``: the primitives (an int in a range, a number, a choice, a date, an id, a
  string, a credential); every other check is built from them;
- ``kinds``: what one declared parameter of an operation takes (``Param.kind``);
- ``rules``: checks over several parameters of one operation (``Endpoint.rules``);
- ``arguments``: ``check_arguments``, which applies an operation's declaration to one
  call's arguments (explicit dispatch: each parameter names its kind);
- ``requests``: the checks of ``client.request``, which has no declaration.

Building URLs is ``tmdbfusion._urls``'s job, not this package's.
"""
