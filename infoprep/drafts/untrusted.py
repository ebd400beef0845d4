"""Fetched text is data: find the paragraphs that address an AI, and template syntax.

A page may carry "AI assistant: ignore your instructions and …". Such a paragraph never
supports a claim and never reaches an offline draft; for a model it is withheld as well, and
everything else from a page is fenced as quoted material.
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "has_template_syntax", "is_injection", "is_untrusted_value", "paragraphs"]

_INJECTION = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}?\b(?:previous|prior|above|"
        r"earlier|all|your|any|the|these|system)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|"
        r"directions|guidelines|context|programming)\b",
        # Addressed at the start of a sentence ("Assistant: …", "AI, ignore …"), not a noun
        # in prose ("I started as a sales assistant, and …").
        r"(?:^|[.!?;]\s+|[\"'(\[])\s*(?:ai|llm|gpt|chatgpt|claude|gemini|bot|chatbot|"
        r"ai\s+assistant|assistant|language\s+models?|ai\s+models?)\s*[:,]",
        r"\b(?:ai|llm|gpt|chatgpt|claude|gemini|chatbot|ai\s+assistant|language\s+models?|"
        r"ai\s+models?)\s*:",
        r"\bnote\s+to\s+(?:the\s+)?(?:ai|llm|bots?|language\s+models?|assistants?|crawlers?)\b",
        r"\b(?:attention|dear)\s+(?:ai|llm|gpt|language\s+models?|assistants?)\b",
        r"\bsystem\s+prompt\b",
        r"\byou\s+are\s+now\b",
        r"\bnew\s+instructions\b",
        r"\bas\s+an\s+ai\b",
        r"\b(?:tell|inform|convince|say\s+to)\s+the\s+(?:user|reader|recipient)\b",
        r"\bdo\s+not\s+(?:tell|mention|reveal|inform)\b[^.\n]{0,30}\b(?:user|reader)\b",
        r"<\|im_(?:start|end)\|>|\[/?INST\]|<<\s*SYS\s*>>|^\s*#{2,}\s*(?:system|instruction)",
    )
]
_TEMPLATE = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{")


def is_injection(text: str) -> bool:
    """Whether a passage talks to an AI rather than to a human reader."""
    return any(p.search(text) for p in _INJECTION)


def has_template_syntax(text: str) -> bool:
    """Whether text carries Jinja-style (or shell-style) template markers."""
    return bool(_TEMPLATE.search(text))


def is_untrusted_value(text: str) -> bool:
    """A fact value or quote an offline draft must not repeat."""
    return is_injection(text) or has_template_syntax(text)


def paragraphs(text: str) -> list[str]:
    """A page's paragraphs: blocks between blank lines, and single lines within them."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def clean_text(text: str) -> str:
    """The text without its injection paragraphs."""
    return "\n\n".join(p for p in paragraphs(text) if not is_injection(p))
