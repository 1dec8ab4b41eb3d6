"""The embedded Partner Center simulator: the default, so a fresh install runs with no setup."""

from reseller_desktop.services.partner_center.simulator.service import SimulatedPartnerCenter

__all__ = ["SimulatedPartnerCenter"]
