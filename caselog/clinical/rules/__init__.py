"""Label rules as data (``resources/rules.json``) run against a case's timeline.

``run_rules(case)`` returns the findings of every rule; ``load_rules()`` the rule set.
Each rule names a check in ``checks.CHECKS`` with its parameters, level and source.
"""

from caselog.clinical.rules.engine import Rule, load_rules, run_rules

__all__ = ["Rule", "load_rules", "run_rules"]
