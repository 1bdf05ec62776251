"""``client.tv_episode_groups``: TMDB's "TV Episode Groups" reference group."""

from __future__ import annotations

from ..._registry import tv_episode_groups as ops
from ..._typing import AsyncOperation, ModeT
from ...models.tv_episode_groups import TVEpisodeGroupDetails
from ._resource import AsyncResource


class AsyncTVEpisodeGroups(AsyncResource[ModeT]):
    @AsyncOperation
    async def details(self, tv_episode_group_id: str) -> TVEpisodeGroupDetails:
        """An episode group: an alternative ordering of a series' episodes, group by group.

        ``tv_episode_group_id`` is a string id, as ``tv.episode_groups`` lists them.
        """
        return await self._call(ops.DETAILS, (tv_episode_group_id,))
