package org.fazhi.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * An in-memory copy of the agency tree for public pages, feeds and the API, which walk it
 * constantly (region paths, "everything under this province"). The tree changes rarely;
 * the copy is reloaded after a short time or when told that agencies changed.
 */
@Component
public class AgencyDirectory {

	/** How stale the copy may get before it is reloaded. */
	private static final Duration TTL = Duration.ofMinutes(5);

	private final AgencyRepository agencies;

	private final Clock clock;

	private volatile Snapshot snapshot;

	/** Counts invalidations, so that a copy read across one is not kept. */
	private long generation;

	AgencyDirectory(AgencyRepository agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	/**
	 * One agency as the directory keeps it.
	 *
	 * @param id agency id
	 * @param code unified social credit code
	 * @param fullName full name
	 * @param shortName short name
	 * @param level administrative level
	 * @param parentId parent agency, or {@code null}
	 */
	public record Node(Long id, String code, String fullName, String shortName, AgencyLevel level, Long parentId) {
	}

	private record Snapshot(Map<Long, Node> byId, Map<String, Node> byCode, Map<Long, List<Node>> children,
			List<Node> roots, Instant loadedAt) {
	}

	public Optional<Node> byCode(String code) {
		return Optional.ofNullable(current().byCode().get(code));
	}

	public Optional<Node> byId(Long id) {
		return Optional.ofNullable(current().byId().get(id));
	}

	public List<Node> roots() {
		return current().roots();
	}

	public List<Node> children(Long id) {
		return current().children().getOrDefault(id, List.of());
	}

	/**
	 * The agency and everything below it.
	 */
	public Set<Long> selfAndDescendants(Long id) {
		Set<Long> ids = new LinkedHashSet<>();
		collect(id, ids);
		return ids;
	}

	private void collect(Long id, Set<Long> ids) {
		ids.add(id);
		children(id).forEach((child) -> collect(child.id(), ids));
	}

	/**
	 * From the root down to the agency.
	 */
	public List<Node> path(Long id) {
		List<Node> path = new ArrayList<>();
		for (Node node = current().byId().get(id); node != null; node = current().byId().get(node.parentId())) {
			path.add(0, node);
			if (node.parentId() == null) {
				break;
			}
		}
		return path;
	}

	/**
	 * Forgets the copy, so that the next call sees agencies just added or changed.
	 */
	public synchronized void invalidate() {
		this.generation++;
		this.snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || current.loadedAt().plus(TTL).isBefore(this.clock.instant())) {
			long seen = generation();
			current = load();
			keep(current, seen);
		}
		return current;
	}

	private synchronized long generation() {
		return this.generation;
	}

	/**
	 * Keeps a copy only if no change was announced while it was being read: a copy read
	 * by another thread (the search indexer) just before a new agency committed, and
	 * finished just after, would otherwise hide that agency until it expired.
	 */
	private synchronized void keep(Snapshot loaded, long seen) {
		if (this.generation == seen) {
			this.snapshot = loaded;
		}
	}

	private Snapshot load() {
		Map<Long, Node> byId = new HashMap<>();
		Map<String, Node> byCode = new HashMap<>();
		Map<Long, List<Node>> children = new HashMap<>();
		List<Node> roots = new ArrayList<>();
		for (Object[] row : this.agencies.findAllForDirectory()) {
			Node node = new Node((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (AgencyLevel) row[4],
					(Long) row[5]);
			byId.put(node.id(), node);
			byCode.put(node.code(), node);
			if (node.parentId() == null) {
				roots.add(node);
			}
			else {
				children.computeIfAbsent(node.parentId(), (k) -> new ArrayList<>()).add(node);
			}
		}
		children.replaceAll((k, v) -> Collections.unmodifiableList(v));
		return new Snapshot(Map.copyOf(byId), Map.copyOf(byCode), Map.copyOf(children), List.copyOf(roots),
				this.clock.instant());
	}

}
