"""FakeTMDB's v4: the auth flow, user tokens, and lists kept in memory.

Creating, filling, commenting, clearing and deleting a list really change what
``GET /4/list/{id}`` answers afterwards, so list-sync code can be tested offline. It
follows TMDB's live behaviour (``../shared/TMDB-V4.md``), quirks included: ``public``
is read only as 0/1 on create (``false`` is ignored), comments sent with added items
are dropped (only an items update stores them), an item status for an item not on the
list is a 404 with code 34, and clear is a GET.

In a test, ``fake.v4.approve(request_token)`` plays the user approving a request
token in the browser, and ``fake.v4.add_user()`` hands out a user token directly.
"""

from __future__ import annotations

import datetime
import itertools
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .recording import RecordedRequest

Answer = tuple[int, bytes, dict[str, str]]

PAGE_SIZE = 20
SORT_ORDERS = ("original_order", "vote_average", "primary_release_date", "release_date", "title")
_LIST = re.compile(r"/4/list/(\d+)(/items|/clear|/item_status)?")
_ACCOUNT = re.compile(r"/4/account/([^/]+)/(lists|(?:movie|tv)/\w+)")
_PRIVATE = {"Cache-Control": "private, max-age=0"}
NOT_FOUND_MESSAGE = "The resource you requested could not be found."


def _status(code: int, message: str, *, success: bool = False, **extra: Any) -> bytes:
    return msgspec.json.encode(
        {"success": success, "status_code": code, "status_message": message, **extra}
    )


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass
class FakeList:
    """One v4 list: ``items`` in the order added, ``comments`` by ``"movie:550"``."""

    id: int
    owner: str
    name: str
    iso_639_1: str
    description: str = ""
    public: bool = True
    iso_3166_1: str = "US"
    sort_by: str = "original_order.asc"
    items: list[tuple[str, int]] = field(default_factory=list)
    comments: dict[str, str | None] = field(default_factory=dict)
    created_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)


class FakeV4:
    """The v4 state of one FakeTMDB (``fake.v4``); see the module docstring."""

    def __init__(self, access_token: str, api_key: str) -> None:
        self._app_token = access_token
        self._api_key = api_key
        self.request_tokens: dict[str, bool] = {}  # token -> approved
        self.users: dict[str, str] = {}  # user access token -> account object id
        self.lists: dict[int, FakeList] = {}
        self._ids = itertools.count(8_000_001)

    # -- what a test does in the user's place --------------------------------------

    def approve(self, request_token: str) -> None:
        """Approve ``request_token`` as the user would at TMDB's approval page."""
        if request_token not in self.request_tokens:
            raise KeyError(f"no such request token: {request_token!r}")
        self.request_tokens[request_token] = True

    def add_user(self, account_object_id: str | None = None) -> str:
        """A user access token (for ``account_object_id``, else a new account)."""
        token = "v4-user-" + secrets.token_hex(16)
        self.users[token] = account_object_id or secrets.token_hex(12)
        return token

    # -- requests ------------------------------------------------------------------

    def authorize(self, rec: RecordedRequest) -> Answer | None:
        """``None`` when the request carries a credential valid for v4 at all."""
        bearer = rec.headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer in (self._app_token, *self.users):
            return None
        if rec.method == "GET" and rec.query.get("api_key") == self._api_key:
            return None  # public reads only; writes check again below
        if bearer:
            return 401, _status(35, "Invalid token."), {}
        return 401, _status(7, "Invalid API key: You must be granted a valid key."), {}

    def answer(self, rec: RecordedRequest) -> Answer | None:
        """The answer to a v4 request, or ``None`` to generate one from the registry
        (the account's favorites, ratings, recommendations and watchlists)."""
        bearer = rec.headers.get("Authorization", "").removeprefix("Bearer ")
        user = self.users.get(bearer)
        body = _json_body(rec.body)
        if rec.path.startswith("/4/auth/"):
            return self._auth(rec, bearer, body)
        account = _ACCOUNT.fullmatch(rec.path)
        if account is not None and rec.method == "GET":
            if user is None:
                return _no_user()
            if account.group(1) != user:
                return 401, _status(3, "Authentication failed: not this user's account."), {}
            if account.group(2) == "lists":
                return self._account_lists(user, rec)
            return None
        if rec.path == "/4/list" and rec.method == "POST":
            return self._create(user, body)
        found = _LIST.fullmatch(rec.path)
        if found is None:
            return 404, _status(34, NOT_FOUND_MESSAGE), {}
        list_id, action = int(found.group(1)), found.group(2) or ""
        fake_list = self.lists.get(list_id)
        if fake_list is None:
            return 404, _status(34, NOT_FOUND_MESSAGE), {}
        if rec.method == "GET" and action == "":
            if not fake_list.public and fake_list.owner != user:
                return 401, _status(39, "This resource is private."), {}
            return self._details(fake_list, rec)
        if user is None:
            return _no_user()
        if fake_list.owner != user:
            return 401, _status(38, "You don't have permission to edit this resource."), {}
        return self._owner_action(fake_list, rec.method, action, rec, body)

    # -- auth ------------------------------------------------------------------------

    def _auth(self, rec: RecordedRequest, bearer: str, body: dict[str, Any]) -> Answer:
        if bearer != self._app_token and not (rec.method == "DELETE" and bearer in self.users):
            return 401, _status(7, "Invalid API key: You must be granted a valid key."), {}
        if rec.path == "/4/auth/request_token" and rec.method == "POST":
            token = secrets.token_hex(20)
            self.request_tokens[token] = False
            return 200, _status(1, "Success.", success=True, request_token=token), _PRIVATE
        if rec.path != "/4/auth/access_token":
            return 404, _status(34, NOT_FOUND_MESSAGE), {}
        if rec.method == "POST":
            token = str(body.get("request_token"))
            if token not in self.request_tokens:
                return 401, _status(33, "Invalid request token: expired or invalid."), {}
            if not self.request_tokens[token]:
                return 422, _status(41, "Request token has not been approved."), {}
            del self.request_tokens[token]
            access = self.add_user()
            extra = {"access_token": access, "account_id": self.users[access]}
            return 200, _status(1, "Success.", success=True, **extra), _PRIVATE
        if rec.method == "DELETE":
            if self.users.pop(str(body.get("access_token")), None) is None:
                return 401, _status(35, "Invalid token."), {}
            return 200, _status(1, "Success.", success=True), _PRIVATE
        return 405, _status(42, "Invalid method."), {}

    # -- lists -------------------------------------------------------------------------

    def _create(self, user: str | None, body: dict[str, Any]) -> Answer:
        if user is None:
            return _no_user()
        name, language = body.get("name"), body.get("iso_639_1")
        if not isinstance(name, str) or not name.strip() or not isinstance(language, str):
            return 422, _status(18, "Validation failed.", errors=["name is required"]), {}
        fake_list = FakeList(id=next(self._ids), owner=user, name=name, iso_639_1=language)
        # TMDB reads public only as 0/1: true/false are taken and ignored.
        public = body.get("public")
        if isinstance(public, int) and not isinstance(public, bool):
            fake_list.public = bool(public)
        fake_list.description = str(body.get("description") or "")
        fake_list.iso_3166_1 = str(body.get("iso_3166_1") or "US")
        if body.get("sort_by") in _sort_values():
            fake_list.sort_by = body["sort_by"]
        self.lists[fake_list.id] = fake_list
        answer = _status(1, "The item/record was created successfully.", success=True)
        return 201, _merge(answer, id=fake_list.id), _PRIVATE

    def _owner_action(
        self,
        fake_list: FakeList,
        method: str,
        action: str,
        rec: RecordedRequest,
        body: dict[str, Any],
    ) -> Answer:
        if action == "" and method == "PUT":
            return self._update(fake_list, body)
        if action == "" and method == "DELETE":
            del self.lists[fake_list.id]
            return 200, _status(13, "The item/record was deleted successfully.", success=True), {}
        if action == "/clear" and method == "GET":
            count = len(fake_list.items)
            fake_list.items.clear()
            fake_list.comments.clear()
            answer = _status(1, "Success.", success=True, id=fake_list.id, items_deleted=count)
            return 200, answer, _PRIVATE
        if action == "/items" and method in ("POST", "PUT", "DELETE"):
            return self._items(fake_list, method, body)
        if action == "/item_status" and method == "GET":
            key = (rec.query.get("media_type", ""), int(rec.query.get("media_id", "0") or 0))
            if key not in fake_list.items:
                return 404, _status(34, NOT_FOUND_MESSAGE), {}
            answer = _status(
                1,
                "Success.",
                success=True,
                id=fake_list.id,
                media_id=key[1],
                media_type=key[0],
            )
            return 200, answer, _PRIVATE
        return 404, _status(34, NOT_FOUND_MESSAGE), {}

    def _update(self, fake_list: FakeList, body: dict[str, Any]) -> Answer:
        if "sort_by" in body and body["sort_by"] not in _sort_values():
            return 200, _status(18, "Validation failed."), {}
        if isinstance(body.get("name"), str):
            fake_list.name = body["name"]
        if isinstance(body.get("description"), str):
            fake_list.description = body["description"]
        if isinstance(body.get("public"), bool | int):
            fake_list.public = bool(body["public"])
        if "sort_by" in body:
            fake_list.sort_by = str(body["sort_by"])
        fake_list.updated_at = _now()
        return 200, _status(12, "The item/record was updated successfully.", success=True), {}

    def _items(self, fake_list: FakeList, method: str, body: dict[str, Any]) -> Answer:
        results = []
        for item in body.get("items") or []:
            key = (str(item.get("media_type")), int(item.get("media_id") or 0))
            present = key in fake_list.items
            ok = key[0] in ("movie", "tv") and key[1] > 0
            comment_key = f"{key[0]}:{key[1]}"
            if method == "POST":
                ok = ok and not present
                if ok:
                    fake_list.items.append(key)  # a comment sent here is not stored
            elif method == "PUT":
                ok = ok and present
                if ok:
                    fake_list.comments[comment_key] = item.get("comment") or None
            else:
                ok = ok and present
                if ok:
                    fake_list.items.remove(key)
                    fake_list.comments.pop(comment_key, None)
            results.append({"media_type": key[0], "media_id": key[1], "success": ok})
        fake_list.updated_at = _now()
        answer = _merge(_status(1, "Success.", success=True), results=results)
        return (201 if method == "POST" else 200), answer, _PRIVATE

    def _details(self, fake_list: FakeList, rec: RecordedRequest) -> Answer:
        page = int(rec.query.get("page", "1") or 1)
        order = rec.query.get("sort_by") or fake_list.sort_by
        items = [_item(media_type, media_id) for media_type, media_id in fake_list.items]
        field_name, _, direction = order.partition(".")
        if field_name != "original_order":
            items.sort(key=lambda item: _sort_value(item, field_name))
        if direction == "desc":
            items.reverse()
        total_pages = max(1, -(-len(items) // PAGE_SIZE))
        shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        document = {
            "id": fake_list.id,
            "name": fake_list.name,
            "description": fake_list.description,
            "public": fake_list.public,
            "created_by": {
                "id": fake_list.owner,
                "name": "Fake User",
                "username": "fake-user",
                "avatar_path": None,
                "gravatar_hash": None,
            },
            "iso_639_1": fake_list.iso_639_1,
            "iso_3166_1": fake_list.iso_3166_1,
            "item_count": len(items),
            "average_rating": 0.0,
            "runtime": 0,
            "revenue": 0,
            "sort_by": fake_list.sort_by,
            "backdrop_path": None,
            "poster_path": None,
            "comments": {
                f"{t}:{i}": fake_list.comments.get(f"{t}:{i}") for t, i in fake_list.items
            },
            "object_ids": {f"{t}:{i}": f"{i:024x}" for t, i in fake_list.items},
            "page": page,
            "results": shown,
            "total_pages": total_pages,
            "total_results": len(items),
        }
        # As TMDB does, even for a private list: never cache it keyed on the URL alone.
        return 200, msgspec.json.encode(document), {"Cache-Control": "public, max-age=300"}

    def _account_lists(self, user: str, rec: RecordedRequest) -> Answer:
        owned = [fake_list for fake_list in self.lists.values() if fake_list.owner == user]
        page = int(rec.query.get("page", "1") or 1)
        shown = owned[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        results = [
            {
                "id": fake_list.id,
                "name": fake_list.name,
                "description": fake_list.description or None,
                "account_object_id": user,
                "number_of_items": len(fake_list.items),
                "average_rating": 0.0,
                "iso_639_1": fake_list.iso_639_1,
                "iso_3166_1": fake_list.iso_3166_1,
                "backdrop_path": None,
                "poster_path": None,
                "created_at": fake_list.created_at,
                "updated_at": fake_list.updated_at,
                # Here TMDB sends these as 0/1, sort_by as an int, runtime as a str.
                "public": int(fake_list.public),
                "adult": 0,
                "featured": 0,
                "sort_by": 1,
                "runtime": "0",
                "revenue": 0,
            }
            for fake_list in shown
        ]
        document = {
            "page": page,
            "results": results,
            "total_pages": max(1, -(-len(owned) // PAGE_SIZE)),
            "total_results": len(owned),
        }
        return 200, msgspec.json.encode(document), _PRIVATE


def _no_user() -> Answer:
    return 401, _status(36, "This token hasn't been granted write permission by the user."), {}


def _sort_values() -> set[str]:
    return {f"{name}.{way}" for name in SORT_ORDERS for way in ("asc", "desc")}


def _sort_value(item: dict[str, Any], field_name: str) -> Any:
    if field_name == "title":
        return str(item.get("title") or item.get("name"))
    if field_name in ("release_date", "primary_release_date"):
        return str(item.get("release_date") or item.get("first_air_date"))
    return float(item.get(field_name) or 0)


def _json_body(body: bytes) -> dict[str, Any]:
    try:
        value = msgspec.json.decode(body) if body else {}
    except msgspec.DecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _merge(answer: bytes, **extra: Any) -> bytes:
    return msgspec.json.encode({**msgspec.json.decode(answer), **extra})


def _item(media_type: str, media_id: int) -> dict[str, Any]:
    """A list item shaped like TMDB's, the same for the same id."""
    title = f"Fake {'Movie' if media_type == 'movie' else 'Series'} {media_id}"
    date = f"{1950 + media_id % 70}-{1 + media_id % 12:02d}-{1 + media_id % 28:02d}"
    item: dict[str, Any] = {
        "media_type": media_type,
        "id": media_id,
        "adult": False,
        "backdrop_path": None,
        "poster_path": None,
        "genre_ids": [18],
        "original_language": "en",
        "overview": "",
        "popularity": round(media_id % 1000 / 10, 1),
        "vote_average": round(media_id % 100 / 10, 1),
        "vote_count": media_id % 5000,
    }
    if media_type == "movie":
        item.update(title=title, original_title=title, release_date=date, video=False)
    else:
        item.update(name=title, original_name=title, first_air_date=date, origin_country=["US"])
    return item
