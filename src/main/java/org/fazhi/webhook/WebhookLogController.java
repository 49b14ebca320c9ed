package org.fazhi.webhook;

import java.time.Clock;

import org.fazhi.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' delivery log: the receivers configured, each push with its state, attempts
 * and the receiver's last answer; a delivery given up can be sent again.
 */
@Controller
class WebhookLogController {

	/** Deliveries shown, newest first. */
	static final int SHOWN = 200;

	private final WebhookDeliveryRepository deliveries;

	private final WebhookSettings settings;

	private final Clock clock;

	WebhookLogController(WebhookDeliveryRepository deliveries, WebhookSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/admin/webhooks")
	String log(Model model) {
		model.addAttribute("receivers", this.settings.receivers().stream().map(WebhookSettings.Receiver::url).toList());
		model.addAttribute("deliveries", this.deliveries.findAllByOrderByIdDesc(PageRequest.of(0, SHOWN)));
		model.addAttribute("maxAttempts", this.settings.maxAttempts());
		return "webhook/log";
	}

	@PostMapping("/admin/webhooks/{id}/retry")
	@Transactional
	String retry(@PathVariable Long id, RedirectAttributes redirect) {
		WebhookDelivery delivery = this.deliveries.findById(id)
			.orElseThrow(() -> new NotFoundException("webhook delivery", id));
		if (delivery.getState() == WebhookDelivery.State.FAILED) {
			delivery.retry(this.clock.instant());
			redirect.addFlashAttribute("flash", "flash.webhookRetry");
		}
		return "redirect:/admin/webhooks";
	}

}
