// Search over the static index the build writes (src/Publisher.Core/Extensions/Search/SearchIndex.cs).
// A word is turned into a term exactly as the build does it (CzechSearchTerms.cs): lower case, diacritics
// removed, Czech endings taken off; the shared test vectors (tests/Publisher.Tests/Search/czech-terms.tsv)
// run through both. Nothing from a document is ever inserted as HTML: results are built with text nodes.
(function () {
  "use strict";

  var ENDINGS = [
    [7, ["atech"]],
    [6, ["etem", "atum"]],
    [5, ["ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu", "ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi"]],
    [4, ["em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"]]
  ];
  var POSSESSIVES = ["ov", "in", "uv"];
  var WORD = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]+/gu;
  var PAGE_SIZE = 10;
  var MAX_TERMS = 32;
  var stopWords = new Set();

  function fold(word) {
    return word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  }

  function endsWithAny(word, endings) {
    for (var i = 0; i < endings.length; i++) if (word.endsWith(endings[i])) return true;
    return false;
  }

  function removeCase(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var rule = ENDINGS[i];
      if (word.length > rule[0] && endsWithAny(word, rule[1])) return word.length - rule[1][0].length;
    }
    return word.length > 3 && "aeiouy".indexOf(word[word.length - 1]) >= 0 ? word.length - 1 : word.length;
  }

  function stem(folded) {
    var length = removeCase(folded);
    if (length > 5 && endsWithAny(folded.slice(0, length), POSSESSIVES)) length -= 2;
    var chars = folded.slice(0, length).split("");
    if (chars.length === 0) return "";
    var last = chars.length - 1;
    if (chars[last] === "c") chars[last] = "k";
    else if (chars[last] === "z") chars[last] = "h";
    if (chars.length > 2 && chars[last - 1] === "e") chars.splice(last - 1, 1);
    return chars.join("");
  }

  // The term a word is searched by, or null for a word not searched by (a stop word, a single letter).
  function term(word) {
    var folded = fold(word);
    if (folded.length === 0 || stopWords.has(folded)) return null;
    if (/[0-9]/.test(folded)) return folded;
    if (folded.length === 1) return null;
    return stem(folded);
  }

  function words(text) {
    return text.match(WORD) || [];
  }

  // The name of a shard from the first characters of its terms, as SearchIndex.ShardKey makes it.
  function shardKey(t, length) {
    var key = "";
    var points = Array.from(t).slice(0, length);
    for (var i = 0; i < points.length; i++) {
      var c = points[i];
      key += /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
    }
    return key;
  }

  // The shard that holds a term: the one with the longest name the term begins with.
  function shardOf(shards, t) {
    for (var length = Array.from(t).length; length >= 1; length--) {
      var key = shardKey(t, length);
      if (shards.has(key)) return key;
    }
    return null;
  }

  // A pasted page of text is not a query: its first words are. It is cut before anything else reads it, so that
  // neither the address nor a message ever carries the whole paste. The cut ends at a space, so the last word kept
  // is whole and is not taken as a prefix.
  var MAX_QUERY_LENGTH = 500;
  function limited(text) {
    if (text.length <= MAX_QUERY_LENGTH) return text;
    var cut = text.slice(0, MAX_QUERY_LENGTH);
    var space = cut.search(/\s\S*$/);
    return space > 0 ? cut.slice(0, space + 1) : cut;
  }

  // A query: its terms (the last one a prefix while it is being typed) and its quoted phrases.
  function parseQuery(text) {
    var phrases = [];
    var quoted = /"([^"]*)("|$)/g;
    var match;
    while ((match = quoted.exec(text)) !== null) {
      var phraseTerms = words(match[1]).map(term).filter(Boolean);
      if (phraseTerms.length > 1) phrases.push(phraseTerms);
      if (match[0].length === 0) quoted.lastIndex++;
    }
    var typed = words(text);
    var endsOpen = typed.length > 0 && !/[\s"]$/.test(text);
    var seen = new Map();
    typed.forEach(function (word, index) {
      var t = term(word);
      if (!t) return;
      var prefix = endsOpen && index === typed.length - 1 && fold(word).length >= 2;
      if (!seen.has(t) || !prefix) seen.set(t, { term: t, prefix: prefix });
    });
    // Even a cut query may hold more words than a search needs: the first ones are searched.
    return { terms: Array.from(seen.values()).slice(0, MAX_TERMS), phrases: phrases.slice(0, MAX_TERMS) };
  }

  function Index(base) {
    this.base = base;
    this.files = new Map();
  }

  Index.prototype.load = function (path) {
    if (!this.files.has(path)) {
      this.files.set(path, fetch(this.base + path).then(function (response) {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      }));
    }
    return this.files.get(path);
  };

  Index.prototype.meta = function () {
    return this.load("meta.json").then(function (meta) {
      stopWords = new Set(meta.stopWords);
      return meta;
    });
  };

  function decode(deltas) {
    var numbers = new Array(deltas.length);
    var current = 0;
    for (var i = 0; i < deltas.length; i++) numbers[i] = current += deltas[i];
    return numbers;
  }

  // The documents holding a term (or, for a prefix, any term it begins), each with its best weight; "cut" when
  // the term is so common that its list holds only the documents where it weighs most, so it ranks but cannot narrow.
  // The shards that may hold a term (or, for a prefix, the terms it begins).
  Index.prototype.shardKeys = function (meta, query) {
    if (!meta.shardSet) meta.shardSet = new Set(meta.shards);
    var keys = [];
    var own = shardOf(meta.shardSet, query.term);
    if (own) keys.push(own);
    if (query.prefix) {
      // A prefix may go on in shards split off below it; a few are worth loading, a short prefix's many are not.
      var start = shardKey(query.term, Array.from(query.term).length);
      var below = meta.shards.filter(function (key) { return key !== own && key.startsWith(start); });
      if (below.length <= 4) keys = keys.concat(below);
    }
    return keys;
  };

  Index.prototype.postings = function (meta, query) {
    var index = this;
    var keys = this.shardKeys(meta, query);
    return Promise.all(keys.map(function (key) { return index.load("i/" + key + ".json"); })).then(function (shards) {
      var found = new Map();
      found.cut = false;
      shards.forEach(function (shard) {
        // A whole word is looked up; only the word being typed is compared with every term of its shards.
        var terms = !shard ? [] : query.prefix ? Object.keys(shard) : Object.prototype.hasOwnProperty.call(shard, query.term) ? [query.term] : [];
        terms.forEach(function (t) {
          if (t !== query.term && !(query.prefix && t.startsWith(query.term))) return;
          var entry = shard[t];
          var numbers = decode(entry[0]);
          for (var i = 0; i < numbers.length; i++) {
            if ((found.get(numbers[i]) || 0) < entry[1][i]) found.set(numbers[i], entry[1][i]);
          }
          if (entry[2] === 1) found.cut = true;
        });
      });
      return found;
    });
  };

  // The term of the shard nearest to a term that found nothing (at most one letter off, two for long words), as the
  // shard writes it for people; null when none is near. Words that begin differently are in other shards.
  Index.prototype.nearest = function (meta, t) {
    var key = shardOf(meta.shardSet || new Set(meta.shards), t);
    if (!key) return Promise.resolve(null);
    return this.load("i/" + key + ".json").then(function (shard) {
      var best = null;
      var limit = t.length >= 6 ? 2 : 1;
      Object.keys(shard || {}).forEach(function (candidate) {
        var distance = editDistance(t, candidate, limit);
        var documents = shard[candidate][0].length;
        if (distance <= limit && (!best || distance < best.distance || distance === best.distance && documents > best.documents))
          best = { word: shard[candidate][3], distance: distance, documents: documents };
      });
      return best && best.word;
    });
  };

  // Levenshtein distance, or limit + 1 once it is certain to exceed limit.
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var smallest = i;
      for (var k = 1; k <= b.length; k++) {
        current[k] = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        smallest = Math.min(smallest, current[k]);
      }
      if (smallest > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }

  Index.prototype.filter = function (name) {
    return this.load("f/" + name + ".json").then(function (deltas) {
      return new Set(deltas ? decode(deltas) : []);
    });
  };

  Index.prototype.result = function (number) {
    return this.load("d/" + number + ".json");
  };

  // Documents ranked: those with the most terms first (only the best of them are shown), then by the sum of their
  // terms' weights, then newest first. A cut term's list is incomplete: it adds to the score but does not count.
  function rank(postingsByTerm, allowed) {
    var scores = new Map();
    postingsByTerm.forEach(function (postings) {
      postings.forEach(function (weight, number) {
        if (allowed && !allowed.has(number)) return;
        var entry = scores.get(number) || { number: number, matched: 0, score: 0 };
        if (!postings.cut) entry.matched++;
        entry.score += weight;
        scores.set(number, entry);
      });
    });
    var ranked = Array.from(scores.values());
    var best = ranked.reduce(function (most, entry) { return Math.max(most, entry.matched); }, 0);
    ranked = ranked.filter(function (entry) { return entry.matched === best; });
    ranked.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    var numbers = ranked.map(function (entry) { return entry.number; });
    // Only cut terms: their lists hold the documents where they weigh most, so there are more than these.
    numbers.incomplete = best === 0 && numbers.length > 0;
    return numbers;
  }

  function termsOf(text) {
    var found = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      found.push({ term: term(match[0]), start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function containsPhrase(sequence, phrase) {
    var terms = sequence.map(function (w) { return w.term; }).filter(Boolean);
    outer: for (var i = 0; i + phrase.length <= terms.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  }

  function matches(query, t) {
    return t !== null && query.terms.some(function (q) { return t === q.term || (q.prefix && t.startsWith(q.term)); });
  }

  // Appends text with the words that match the query marked.
  function appendMarked(parent, text, query) {
    var at = 0;
    termsOf(text).forEach(function (w) {
      if (!matches(query, w.term)) return;
      parent.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(w.start, w.end);
      parent.appendChild(mark);
      at = w.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // About 240 characters of the text around its first match, cut at spaces.
  function snippet(text, query) {
    var first = termsOf(text).find(function (w) { return matches(query, w.term); });
    var start = first ? Math.max(0, first.start - 80) : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < (first ? first.start : start + 40)) start = space + 1;
    }
    var end = Math.min(text.length, start + 240);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(" ", end);
      if (lastSpace > start) end = lastSpace;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function Page(results) {
    this.results = results;
    this.status = document.querySelector("[data-search-status]");
    this.form = document.querySelector("[data-search-form]");
    this.input = this.form.querySelector("input[name=q]");
    this.groups = this.form.querySelector("[data-search-groups]");
    this.index = new Index(results.dataset.index);
    this.run = 0;
  }

  Page.prototype.text = function (name, values) {
    var text = this.results.dataset["text" + name] || "";
    Object.keys(values || {}).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  };

  Page.prototype.filters = function () {
    var form = this.form;
    return ["region", "group", "year", "type"].map(function (name) {
      var value = form.elements[name].value;
      return value ? { name: name, file: name[0] + "-" + (name === "group" ? form.elements.region.value + "-" : "") + value } : null;
    }).filter(Boolean);
  };

  Page.prototype.fillGroups = function (meta, chosen) {
    var region = this.form.elements.region.value;
    var select = this.groups;
    while (select.options.length > 1) select.remove(1);
    meta.groups.forEach(function (g) {
      if (g[0] !== region) return;
      var option = document.createElement("option");
      option.value = g[1];
      option.textContent = g[2];
      select.appendChild(option);
    });
    select.value = chosen && Array.from(select.options).some(function (o) { return o.value === chosen; }) ? chosen : "";
    select.disabled = !region;
  };

  // Starts fetching the shards the query typed so far needs, while the search waits to see whether more is typed:
  // when it runs, they have mostly arrived. A shard is fetched once however often it is asked for.
  Page.prototype.prefetch = function () {
    var index = this.index;
    var text = limited(this.input.value);
    index.meta().then(function (meta) {
      parseQuery(text).terms.forEach(function (q) {
        index.shardKeys(meta, q).forEach(function (key) { index.load("i/" + key + ".json").catch(function () {}); });
      });
    }).catch(function () {});
  };

  Page.prototype.search = function () {
    var page = this;
    var run = ++this.run;
    var text = limited(this.input.value);
    this.saveToAddress(text);
    return this.index.meta().then(function (meta) {
      var query = parseQuery(text);
      if (query.terms.length === 0) {
        page.show(run, text, query, [], false);
        return;
      }
      var filters = page.filters();
      return Promise.all([
        Promise.all(query.terms.map(function (q) { return page.index.postings(meta, q); })),
        Promise.all(filters.map(function (f) { return page.index.filter(f.file); }))
      ]).then(function (loaded) {
        var allowed = null;
        loaded[1].forEach(function (set) {
          allowed = allowed === null ? set : new Set(Array.from(allowed).filter(function (n) { return set.has(n); }));
        });
        var ranked = rank(loaded[0], allowed);
        page.show(run, text, query, ranked, filters.length > 0);
        if (ranked.length === 0) page.suggest(run, meta, text, query, loaded[0]);
      });
    }).catch(function () {
      if (run === page.run) page.status.textContent = page.text("Failed");
    });
  };

  // Shows the ranked documents a page at a time; with phrases, only those whose text holds each phrase.
  Page.prototype.show = function (run, text, query, ranked, filtered) {
    if (run !== this.run) return;
    var page = this;
    var list = this.results;
    list.textContent = "";
    list.setAttribute("aria-busy", "true");
    if (query.terms.length === 0) {
      this.status.textContent = "";
      list.setAttribute("aria-busy", "false");
      return;
    }
    var shown = 0;
    var position = 0;
    var verified = query.phrases.length === 0;
    function announce() {
      var count = verified ? ranked.length : shown;
      if (count === 0) {
        page.status.textContent = page.text("None", { query: text.trim() });
        var hint = document.createElement("li");
        hint.className = "search-hint";
        hint.textContent = page.text("NoneHint");
        list.appendChild(hint);
        return;
      }
      var form = ranked.incomplete ? "FoundMore" : count === 1 ? "FoundOne" : count >= 2 && count <= 4 ? "FoundFew" : "FoundMany";
      page.status.textContent = page.text(form, { count: count.toLocaleString("cs-CZ") });
    }
    // Results appear one by one in rank order as their files arrive; all of a batch are requested at once.
    function next() {
      if (run !== page.run) return Promise.resolve();
      var batch = ranked.slice(position, position + PAGE_SIZE);
      position += batch.length;
      var more = list.querySelector(".search-more-item");
      if (more) more.remove();
      var chain = Promise.resolve();
      batch.map(function (n) { return page.index.result(n); }).forEach(function (loading) {
        chain = chain.then(function () { return loading; }).then(function (doc) {
          if (run !== page.run || !doc) return;
          if (!verified && !doc.cut) {
            var sequence = termsOf(doc.title + " \n " + doc.text);
            if (!query.phrases.every(function (p) { return containsPhrase(sequence, p); })) return;
          }
          list.appendChild(page.item(doc, query));
          shown++;
        });
      });
      return chain.then(function () {
        if (run !== page.run) return;
        if (!verified && shown % PAGE_SIZE !== 0 && position < ranked.length && position < 200) return next();
        list.setAttribute("aria-busy", "false");
        if (!verified || ranked.length === 0) announce();
        if (position < ranked.length) {
          var item = document.createElement("li");
          item.className = "search-more-item";
          var button = document.createElement("button");
          button.type = "button";
          button.className = "search-more";
          button.textContent = page.text("More");
          button.addEventListener("click", function () { next(); });
          item.appendChild(button);
          list.appendChild(item);
        }
      });
    }
    // Without phrases to check, the number of results is known before any is shown.
    if (verified && ranked.length > 0) announce();
    else this.status.textContent = this.text("Loading");
    next();
  };

  // Nothing found: a link to the same search with each word that found nothing replaced by a near spelling.
  Page.prototype.suggest = function (run, meta, text, query, postingsByTerm) {
    var page = this;
    var missing = query.terms.filter(function (q, i) { return postingsByTerm[i].size === 0; });
    Promise.all(missing.map(function (q) { return page.index.nearest(meta, q.term); })).then(function (found) {
      if (run !== page.run) return;
      var replacements = new Map();
      missing.forEach(function (q, i) { if (found[i]) replacements.set(q.term, found[i]); });
      if (replacements.size === 0) return;
      var suggested = text.replace(WORD, function (word) {
        var t = term(word);
        return t !== null && replacements.has(t) ? replacements.get(t) : word;
      });
      var parameters = new URLSearchParams(location.search);
      parameters.set("q", suggested);
      var item = document.createElement("li");
      item.className = "search-hint";
      item.appendChild(document.createTextNode(page.text("DidYouMean") + " "));
      var link = document.createElement("a");
      link.href = location.pathname + "?" + parameters.toString();
      link.textContent = suggested;
      item.appendChild(link);
      page.results.appendChild(item);
    });
  };

  Page.prototype.item = function (doc, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "result-title";
    link.href = doc.url;
    appendMarked(link, doc.title, query);
    var facts = document.createElement("p");
    facts.className = "result-facts";
    facts.textContent = [doc.dateText, doc.region, doc.group, this.results.dataset["type" + doc.type[0].toUpperCase() + doc.type.slice(1)]]
      .filter(Boolean).join(" · ");
    var text = document.createElement("p");
    text.className = "result-snippet";
    appendMarked(text, snippet(doc.text, query), query);
    item.appendChild(link);
    item.appendChild(facts);
    item.appendChild(text);
    return item;
  };

  Page.prototype.saveToAddress = function (text) {
    var parameters = new URLSearchParams();
    var form = this.form;
    if (text) parameters.set("q", text);
    ["region", "group", "year", "type"].forEach(function (name) {
      if (form.elements[name].value) parameters.set(name, form.elements[name].value);
    });
    var search = parameters.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
  };

  Page.prototype.start = function () {
    var page = this;
    var parameters = new URLSearchParams(location.search);
    var form = this.form;
    this.input.value = parameters.get("q") || "";
    ["region", "year", "type"].forEach(function (name) {
      var value = parameters.get(name) || "";
      if (Array.from(form.elements[name].options).some(function (o) { return o.value === value; })) form.elements[name].value = value;
    });
    var header = document.getElementById("site-search-query");
    if (header) header.value = this.input.value;
    var timer = 0;
    function later() {
      clearTimeout(timer);
      page.prefetch();
      timer = setTimeout(function () { page.search(); }, 80);
    }
    this.input.addEventListener("input", later);
    form.addEventListener("change", function (event) {
      // The query's own change (on leaving the field) was searched as it was typed: searching again would rebuild
      // the results under the pointer of a reader who is clicking one.
      if (event.target === page.input) return;
      if (event.target === form.elements.region) {
        page.index.meta().then(function (meta) { page.fillGroups(meta, ""); page.search(); });
        return;
      }
      page.search();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      page.search();
    });
    return this.index.meta().then(function (meta) {
      page.fillGroups(meta, parameters.get("group"));
      // The first use of the word pattern compiles its Unicode classes: done now, not while the reader types.
      parseQuery("začleňování");
      return page.search();
    });
  };

  // For the tests that hold this normalizer to the build's: the same vectors run through both.
  window.publisherSearch = {
    term: term,
    fold: fold,
    useStopWords: function (list) { stopWords = new Set(list); }
  };

  var results = document.querySelector("[data-search-results]");
  if (results) new Page(results).start();
})();
