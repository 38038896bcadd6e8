"""newskit: computational journalism for Python and JupyterLab, offline.

Load an article with its text kept exactly as read, then ask questions of it;
every token and sentence carries character offsets into ``article.text``.

>>> import newskit as nk
>>> article = nk.from_text("Port strike ends\\n\\nDockers at the port went back to work on Monday.")
>>> article.title, nk.word_count(article)
('Port strike ends', 10)
>>> nk.word_frequencies(article, top=2)["word"].tolist()
['port', 'back']
"""

from __future__ import annotations

__version__ = "0.1.0"

from newskit.article import (
    Article,
    articles_frame,
    from_frame,
    from_record,
    from_text,
    load,
    load_all,
)
from newskit.compare import article_figures, comparison_table
from newskit.corpus import CorpusTables, analyse_corpus, iter_articles
from newskit.entities import (
    Entity,
    Mention,
    entities,
    entity_at,
    entity_before,
    entity_cooccurrence,
    entity_frequencies,
    entity_mentions,
    mentions,
)
from newskit.errors import (
    ArticleEncodingError,
    ArticleFormatError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    NewskitError,
    UnclosedQuoteWarning,
)
from newskit.gazetteer import Gazetteer, default_gazetteer, read_gazetteer
from newskit.html import HighlightedArticle, highlight
from newskit.overview import Overview, overview, overview_table
from newskit.quotes import (
    IndirectQuote,
    Quote,
    indirect_quotes,
    indirect_table,
    quote_table,
    quotes,
)
from newskit.readability import Readability, count_syllables, readability
from newskit.spans import Sentence, Span, Spans, Token
from newskit.stats import (
    collocations,
    concordance,
    dispersion,
    length_stats,
    lexical_diversity,
    ngram_frequencies,
    paragraph_stats,
    sentence_stats,
    word_frequencies,
)
from newskit.stopwords import stopwords
from newskit.tokens import NEWS_ABBREVIATIONS, split_sentences, word_count, words
from newskit.voices import QuoteStats, quote_stats, quote_stats_table, speaker_table, voice_table

__all__ = [
    "NEWS_ABBREVIATIONS",
    "Article",
    "ArticleEncodingError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "CorpusTables",
    "Entity",
    "Gazetteer",
    "HighlightedArticle",
    "IndirectQuote",
    "Mention",
    "NewskitError",
    "Overview",
    "Quote",
    "QuoteStats",
    "Readability",
    "Sentence",
    "Span",
    "Spans",
    "Token",
    "UnclosedQuoteWarning",
    "__version__",
    "analyse_corpus",
    "article_figures",
    "articles_frame",
    "collocations",
    "comparison_table",
    "concordance",
    "count_syllables",
    "default_gazetteer",
    "dispersion",
    "entities",
    "entity_at",
    "entity_before",
    "entity_cooccurrence",
    "entity_frequencies",
    "entity_mentions",
    "from_frame",
    "from_record",
    "from_text",
    "highlight",
    "indirect_quotes",
    "indirect_table",
    "iter_articles",
    "length_stats",
    "lexical_diversity",
    "load",
    "load_all",
    "mentions",
    "ngram_frequencies",
    "overview",
    "overview_table",
    "paragraph_stats",
    "quote_stats",
    "quote_stats_table",
    "quote_table",
    "quotes",
    "read_gazetteer",
    "readability",
    "sentence_stats",
    "speaker_table",
    "split_sentences",
    "stopwords",
    "voice_table",
    "word_count",
    "word_frequencies",
    "words",
]
