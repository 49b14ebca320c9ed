package org.fazhi.system;

/**
 * A page number past the last page that exists, or deeper than page numbers reach;
 * answered 400 with how many pages there are (and, for the API, the cursor to use for
 * going deeper).
 */
public class PageOutOfRangeException extends RuntimeException {

	private final int lastPage;

	private final boolean beyondWindow;

	public PageOutOfRangeException(int page, int lastPage, boolean beyondWindow) {
		super("Page " + page + " is out of range (last page " + lastPage + ")", null, false, false);
		this.lastPage = lastPage;
		this.beyondWindow = beyondWindow;
	}

	/**
	 * The last page number that exists, from 0.
	 */
	public int getLastPage() {
		return this.lastPage;
	}

	/**
	 * Whether the page was refused for its depth (rather than for being past the end).
	 */
	public boolean isBeyondWindow() {
		return this.beyondWindow;
	}

}
