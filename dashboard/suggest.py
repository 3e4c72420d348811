"""A search box that suggests while typing, drawn in the page itself.

A Streamlit v2 component (``st.components.v2``): a few lines of HTML, CSS and JavaScript mounted in the app's own
document, so the page loads no iframe and no second JavaScript bundle (the searchbox component it replaces cost a
search visit about half a second of the browser's time). What is typed goes to Python as the component's ``term``
state, ``debounce`` ms after the last key; Python answers with the suggestions as the component's data; picking one
(click, or arrows and Enter) sends its value once, as the ``picked`` trigger. Suggestions come from documents, so
the script writes them with ``textContent``, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

_HTML = """<label class="govkg-suggest-label"></label>
<input class="govkg-suggest-input" type="text" autocomplete="off" role="combobox" aria-autocomplete="list"
       aria-expanded="false">
<ul class="govkg-suggest-list" role="listbox" hidden></ul>"""

_CSS = """
:host { display: block; font-family: var(--st-font); }
.govkg-suggest-label { display: block; font-size: 0.875rem; margin-bottom: 0.25rem; color: var(--st-text-color); }
.govkg-suggest-input { box-sizing: border-box; width: 100%; height: 2.5rem; padding: 0 0.75rem;
  font: inherit; color: var(--st-text-color); background: var(--st-secondary-background-color);
  border: 1px solid var(--st-secondary-background-color); border-radius: 0.5rem; outline: none; }
.govkg-suggest-input:focus { border-color: var(--st-primary-color); }
.govkg-suggest-list { list-style: none; margin: 0.25rem 0 0; padding: 0.25rem 0; max-height: 20rem; overflow-y: auto;
  border: 1px solid var(--st-border-color, rgba(49, 51, 63, 0.2)); border-radius: 0.5rem;
  background: var(--st-background-color); }
.govkg-suggest-list li { padding: 0.375rem 0.75rem; cursor: pointer; color: var(--st-text-color); }
.govkg-suggest-list li[aria-selected="true"], .govkg-suggest-list li:hover {
  background: var(--st-secondary-background-color); }
"""

# Called by Streamlit on every render with the latest data. The listeners are set once per input element; the list
# is redrawn from ``data.items`` only while they answer what the box holds.
_JS = """
export default function (component) {
  const { data, parentElement, setStateValue, setTriggerValue } = component;
  const input = parentElement.querySelector(".govkg-suggest-input");
  const list = parentElement.querySelector(".govkg-suggest-list");
  parentElement.querySelector(".govkg-suggest-label").textContent = data.label;
  input.placeholder = data.placeholder;
  input.setAttribute("aria-label", data.label);
  const state = input.govkgSuggest || (input.govkgSuggest = { timer: null, active: -1, items: [] });

  function show(items) {
    state.items = items;
    state.active = -1;
    list.replaceChildren(...items.map(([text, value], i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.textContent = text;
      li.addEventListener("mousedown", (event) => { event.preventDefault(); pick(i); });
      return li;
    }));
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
  }
  function pick(i) {
    const item = state.items[i];
    if (!item) return;
    show([]);
    setTriggerValue("picked", item[1]);
  }
  function mark(i) {
    state.active = i;
    list.querySelectorAll("li").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
  }

  if (!state.bound) {
    state.bound = true;
    input.addEventListener("input", () => {
      clearTimeout(state.timer);
      state.timer = setTimeout(() => setStateValue("term", input.value), data.debounce);
    });
    input.addEventListener("keydown", (event) => {
      const n = state.items.length;
      if (event.key === "ArrowDown" && n) { event.preventDefault(); mark((state.active + 1) % n); }
      else if (event.key === "ArrowUp" && n) { event.preventDefault(); mark((state.active - 1 + n) % n); }
      else if (event.key === "Enter" && state.active >= 0) { event.preventDefault(); pick(state.active); }
      else if (event.key === "Escape") { show([]); }
    });
    input.addEventListener("blur", () => setTimeout(() => show([]), 150));
  }
  const focused = (parentElement.activeElement ?? document.activeElement) === input;
  if (focused && data.term === input.value) show(data.items);  // an answer to what is still typed
}
"""

_COMPONENT = st.components.v2.component("govkg_suggest", html=_HTML, css=_CSS, js=_JS)


def suggest_box(suggest: Callable[[str], list[tuple[str, str]]], *, key: str, label: str, placeholder: str,
                debounce: int = 200) -> str | None:
    """A box whose suggestions are ``suggest(typed)`` as (text shown, value); returns the value picked, once."""
    state = st.session_state.get(key)
    term = str((state or {}).get("term") or "")
    items = suggest(term) if term.strip() else []
    result = _COMPONENT(key=key, data={"term": term, "items": [list(i) for i in items], "label": label,
                                       "placeholder": placeholder, "debounce": debounce},
                        default={"term": ""}, on_term_change=_nothing, on_picked_change=_nothing)
    picked = result.get("picked")
    return str(picked) if picked else None


def _nothing() -> None:
    """Changes are read from the result; a callback only registers the event."""
