# %% [markdown]
# # TMDB in a notebook
#
# A Jupyter session on the blocking `TMDBClient`, one cell per `# %%` marker (VS Code,
# PyCharm and Jupytext open this file as a notebook; `python examples/notebook.py` runs
# it top to bottom). Credentials come from `TMDB_ACCESS_TOKEN` or `TMDB_API_KEY`.

# %%
from tmdbfusion import TMDBClient, to_builtins
from tmdbfusion.cache import MemoryCache

# One client for the session; the cache makes re-running a cell free.
tmdb = TMDBClient(cache=MemoryCache())

# %% [markdown]
# ## Search

# %%
page = tmdb.search.movie(query="alien")
print(f"{page.total_results} results on {page.total_pages} pages")
for item in page.results[:5]:
    print(item.id, item.title, item.release_date)

# %% [markdown]
# ## Details, with parts appended in the same request

# %%
movie = tmdb.movies.details(page.results[0].id, append_to_response=["credits", "keywords"])
print(movie.title, movie.runtime, "min")
print("Cast:", ", ".join(str(person.name) for person in movie.credits.cast[:5]))
print("Keywords:", ", ".join(str(keyword.name) for keyword in movie.keywords.keywords))

# %% [markdown]
# ## A small table, as plain dicts
#
# `to_builtins` turns models into dicts with TMDB's field names: ready for
# `pandas.DataFrame(rows)`, `json.dumps` or a CSV writer.

# %%
columns = ["id", "title", "release_date", "vote_average", "popularity"]
rows = [{column: row.get(column) for column in columns} for row in to_builtins(page.results)]
widths = {c: max([len(c), *(len(str(row[c])) for row in rows)]) for c in columns}
print("  ".join(column.ljust(widths[column]) for column in columns))
for row in rows:
    print("  ".join(str(row[column]).ljust(widths[column]) for column in columns))

# %% [markdown]
# ## Done: close the client's connections

# %%
tmdb.close()
