"""Character tables and lexicons used by arnews, kept apart from the logic.

Data modules import nothing from arnews. Every table is immutable: a ``str``
of characters, a ``tuple``, a ``frozenset`` or a :class:`types.MappingProxyType`.
"""
