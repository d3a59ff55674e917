"""marshmallow schemas: they validate requests, serialize responses and generate the OpenAPI document."""

from __future__ import annotations

from marshmallow import RAISE, Schema, fields, validate

from ..annotate import PARTS, EntityType, SpeakerKind
from ..config import SUMMARY_METHODS
from ..extract.rules import CUE_STRENGTH

MAX_SUMMARY_SENTENCES = 50  # beyond this an "extract" is the article itself
MAX_SUMMARY_WORDS = 2000  # ditto, in words


class StrictFloat(fields.Float):
    """A JSON number only: "0.1" (a string) is refused, not coerced (marshmallow's Float parses it)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class OptionsSchema(Schema):
    class Meta:
        unknown = RAISE

    max_sentences = fields.Integer(
        load_default=None, strict=True, validate=validate.Range(min=1, max=MAX_SUMMARY_SENTENCES),
        metadata={"description": "Number of summary sentences (exact when the article has that many). "
                                 "With none of max_sentences, max_words and ratio, the server's default length."},
    )
    max_words = fields.Integer(
        load_default=None, strict=True, validate=validate.Range(min=1, max=MAX_SUMMARY_WORDS),
        metadata={"description": "Most words in the summary; never exceeded."},
    )
    ratio = StrictFloat(
        load_default=None, validate=validate.Range(min=0, max=1, min_inclusive=False),
        # apispec writes the bound but not that it is exclusive (OpenAPI 3.0: a boolean beside it).
        metadata={"description": "Most words in the summary as a share of the article's words (above 0).",
                  "exclusiveMinimum": True},
    )
    method = fields.String(
        load_default="extractive", validate=validate.OneOf(SUMMARY_METHODS),
        metadata={"description": "extractive (quotes the article), abstractive (a configured seq2seq model "
                                 "writes it), or auto (abstractive when a model is configured)."},
    )
    include = fields.List(
        fields.String(validate=validate.OneOf(["document", *PARTS])), load_default=list,
        validate=validate.Length(max=1 + len(PARTS)),
        metadata={"description": "Extra parts of the response: 'document' adds the parsed structure; "
                                 "'entities' the named entities, 'quotes' the direct quotations with their "
                                 "speakers, 'events' the dated events as a timeline (these three run spaCy's "
                                 "entity recognizer over the whole article, about 50 ms more)."},
    )


class ArticleRequestSchema(Schema):
    """An article. JSON clients send this object; text/plain and text/html bodies become its `text`."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True, validate=validate.Regexp(r"\s*\S", error="must contain some text"),
                         metadata={"description": "The article: plain text or an HTML page."})
    format = fields.String(
        load_default="text", validate=validate.OneOf(["text", "html"]),
        metadata={"description": "How to read `text`; text/html bodies set 'html'."},
    )
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000),
                          metadata={"description": "The headline, when the client knows it."})
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))


class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "Offset of the first character."})
    end = fields.Integer(required=True, metadata={"description": "Offset after the last character."})


class SupportSchema(SpanSchema):
    similarity = fields.Float(required=True, metadata={"description": "Cosine similarity under MiniLM."})


class SummarySentenceSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True, allow_none=True,
                           metadata={"description": "Offset in the input; null for a generated sentence."})
    end = fields.Integer(required=True, allow_none=True)
    score = fields.Float(required=True, metadata={
        "description": "Extractive: rank score in [0, 1]. Abstractive: similarity to its best support."})
    support = fields.List(fields.Nested(SupportSchema), required=True, metadata={
        "description": "Abstractive: the source sentences that best support this one (empty when extractive)."})


class SummarySchema(Schema):
    text = fields.String(required=True)
    sentences = fields.List(fields.Nested(SummarySentenceSchema), required=True)
    method = fields.String(required=True, validate=validate.OneOf(["extractive", "abstractive"]))
    model = fields.String(required=True)
    quotable_sentences = fields.Integer(required=True, metadata={
        "description": "Prose sentences of the article that a summary may quote (not fragments, captions or "
                       "lines ending in ':')."})
    ranked_sentences = fields.Integer(required=True, metadata={
        "description": "How many of them, from the first, were embedded and ranked. Under the server's default "
                       "length (a ceiling of PRECIS_DEFAULT_MAX_SENTENCES sentences) the first 3 per sentence: the "
                       "lead prior leaves the later ones no chance. A request with its own limits ranks them all "
                       "(up to 200)."})


class ExtractedItemSchema(SpanSchema):
    """What demands and outcomes share: where they were found, how, and how much they matter."""

    topic = fields.String(required=True, allow_none=True)
    source = fields.String(required=True, validate=validate.OneOf(["list", "table", "sentence"]))
    evidence = fields.Nested(SpanSchema, required=True)
    also = fields.List(fields.Nested(SpanSchema), required=True,
                       metadata={"description": "Other places where the same item is restated."})
    rule = fields.String(required=True, validate=validate.OneOf(sorted(CUE_STRENGTH)),
                         metadata={"description": "The rule family that found the item."})
    importance = fields.Float(required=True, metadata={
        "description": "In [0, 1]: how plainly, how early and how often the item is stated. Items are "
                       "listed most important first."})


class DemandSchema(ExtractedItemSchema):
    actor = fields.String(required=True, allow_none=True)
    target = fields.String(required=True, allow_none=True)


class OutcomeSchema(ExtractedItemSchema):
    status = fields.String(required=True, validate=validate.OneOf(["agreed", "expected", "none"]))
    actors = fields.List(fields.String(), required=True)


class BoilerplateSchema(SpanSchema):
    reason = fields.String(required=True)


class PageBoilerplateSchema(Schema):
    start = fields.Integer(required=True, metadata={"description": "Offset of the element's '<' in the HTML as sent."})
    end = fields.Integer(required=True, metadata={"description": "Offset just after its closing tag."})
    element = fields.String(required=True, metadata={"description": "Its tag with its id or first class."})
    visible_text = fields.String(required=True, metadata={"description": "Its visible text, whitespace collapsed "
                                                          "(html[start:end] is its markup)."})
    reason = fields.String(required=True, metadata={"description": "What the part is: navigation, cookie banner, "
                                                    "comments, footer, related links ..."})


class MetaSchema(Schema):
    word_count = fields.Integer(required=True)
    sentence_count = fields.Integer(required=True)
    truncated = fields.Boolean(required=True, metadata={
        "description": "True when part of the input was not analysed (more summary candidates or lines than are "
                       "read); meta.warnings says what was left and why."})
    boilerplate = fields.List(fields.Nested(BoilerplateSchema), required=True,
                              metadata={"description": "Lines set aside as page junk or metadata, and why."})
    page_boilerplate = fields.List(
        fields.Nested(PageBoilerplateSchema), required=True,
        metadata={"description": "HTML input: the parts of the page its article extraction left out, and why "
                  "(empty for text input)."})
    warnings = fields.List(fields.String(), required=True)
    version = fields.String(required=True)
    timings_ms = fields.Dict(keys=fields.String(), values=fields.Float(), required=True)


class BlockSchema(SpanSchema):
    kind = fields.String(required=True)
    reason = fields.String(allow_none=True)
    cue = fields.Nested(SpanSchema, allow_none=True)
    items = fields.List(fields.Nested(SpanSchema))
    header = fields.List(fields.Nested(SpanSchema))
    rows = fields.List(fields.List(fields.Nested(SpanSchema)))


class UnitSchema(SpanSchema):
    kind = fields.String(required=True)
    block = fields.Integer(required=True)


class DocumentSchema(Schema):
    blocks = fields.List(fields.Nested(BlockSchema), required=True)
    sentences = fields.List(fields.Nested(UnitSchema), required=True)


class EntitySchema(Schema):
    name = fields.String(required=True, metadata={
        "description": "Canonical name: the country for its capital or people ('Britain', 'British' → "
                       "'United Kingdom', as actors are named), a person's fullest name in the text."})
    type = fields.String(required=True, validate=validate.OneOf([t.value for t in EntityType]))
    salience = fields.Float(required=True, metadata={
        "description": "In [0, 1]: how often (against the most-mentioned entity) and how early it is "
                       "mentioned. Entities are listed most salient first."})
    role = fields.String(required=True, allow_none=True,
                         metadata={"description": "A person's role as the text gives it ('Foreign Secretary')."})
    affiliation = fields.String(required=True, allow_none=True,
                                metadata={"description": "A person's organisation or country, when the text says."})
    mentions = fields.List(fields.Nested(SpanSchema), required=True)


class SpeakerSchema(Schema):
    name = fields.String(required=True, allow_none=True,
                         metadata={"description": "The fullest name the text gives; null when unnamed."})
    kind = fields.String(required=True, validate=validate.OneOf([k.value for k in SpeakerKind]))
    affiliation = fields.String(required=True, allow_none=True)


class QuoteSchema(Schema):
    text = fields.String(required=True, metadata={"description": "The quoted words, parts joined by a space."})
    parts = fields.List(fields.Nested(SpanSchema), required=True, metadata={
        "description": "The quoted words inside the marks: several when the attribution splits the "
                       "quotation or it runs over paragraphs."})
    partial = fields.Boolean(required=True,
                             metadata={"description": "A phrase quoted inside the writer's own sentence."})
    speaker = fields.Nested(SpeakerSchema, required=True, allow_none=True)
    cue = fields.Nested(SpanSchema, required=True, allow_none=True,
                        metadata={"description": "The attribution: 'said', 'told the BBC', 'according to'."})


class EventSchema(Schema):
    date = fields.Nested(SpanSchema, required=True, metadata={"description": "The date expression as written."})
    clause = fields.Nested(SpanSchema, required=True, metadata={"description": "What happens then."})
    resolved = fields.String(required=True, allow_none=True, metadata={
        "description": "ISO 8601 date, month or year it means, against the publication date."})
    granularity = fields.String(required=True, allow_none=True,
                                validate=validate.OneOf(["day", "week", "month", "year"]))
    note = fields.String(required=True, allow_none=True,
                         metadata={"description": "Why it could not be resolved, when it could not."})


class AnalysisSchema(Schema):
    title = fields.String(required=True, allow_none=True)
    published = fields.String(required=True, allow_none=True, metadata={"description": "ISO 8601 date."})
    language = fields.String(required=True, allow_none=True,
                             metadata={"description": "ISO 639-1 code of the text's language, if it can tell."})
    text = fields.String(metadata={"description": "HTML input only: the extracted text all spans point into."})
    summary = fields.Nested(SummarySchema, required=True)
    key_demands = fields.List(fields.Nested(DemandSchema), required=True)
    outcomes = fields.List(fields.Nested(OutcomeSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)
    document = fields.Nested(DocumentSchema, metadata={"description": "With options.include=['document']."})
    entities = fields.List(fields.Nested(EntitySchema), metadata={"description": "With options.include=['entities']."})
    quotes = fields.List(fields.Nested(QuoteSchema), metadata={"description": "With options.include=['quotes']."})
    events = fields.List(fields.Nested(EventSchema), metadata={
        "description": "With options.include=['events']: a timeline, resolved dates first in time order."})


class ProblemSchema(Schema):
    """RFC 9457 problem details: the one error envelope of this API."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.Raw(),
                         metadata={"description": "422 only: the messages for each invalid field."})


class HealthSchema(Schema):
    status = fields.String(required=True)
    model = fields.String(allow_none=True)
    detail = fields.String(allow_none=True)


class BatchRequestSchema(Schema):
    """Several articles in one request. Each is checked on its own: a bad one gets its own problem."""

    class Meta:
        unknown = RAISE

    articles = fields.List(fields.Dict(), required=True, validate=validate.Length(min=1), metadata={
        "description": "Articles, each shaped as ArticleRequest; at most PRECIS_MAX_BATCH_ITEMS of them.",
        "items": {"$ref": "#/components/schemas/ArticleRequest"}})


class BatchItemSchema(Schema):
    index = fields.Integer(required=True, metadata={"description": "Position of the article in the request."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status this article alone would get."})
    result = fields.Nested(AnalysisSchema, allow_none=True)
    problem = fields.Nested(ProblemSchema, allow_none=True)


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True,
                          metadata={"description": "One result or one problem per article, in request order."})
