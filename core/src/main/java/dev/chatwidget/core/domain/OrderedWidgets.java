package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.rules.ListOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Widgets in list order (rule 7: {@code createdAt}, then id) as a persistent weight-balanced tree that knows each
 * subtree's size, so a page at any offset is found in O(log n) instead of walking past every earlier widget, and
 * {@code totalCount} is read, not counted. Immutable: every change returns a new tree sharing the untouched nodes.
 * Balancing follows Adams' weight-balanced trees with the parameters (3, 2) proven by Hirai and Yamamoto.
 */
final class OrderedWidgets implements Iterable<ChatWidget> {

    static final OrderedWidgets EMPTY = new OrderedWidgets(null);

    private static final int DELTA = 3;
    private static final int RATIO = 2;

    private final Node root;

    private OrderedWidgets(Node root) {
        this.root = root;
    }

    private static final class Node {
        final ChatWidget widget;
        final Node left;
        final Node right;
        final int size;

        Node(ChatWidget widget, Node left, Node right, int size) {
            this.widget = widget;
            this.left = left;
            this.right = right;
            this.size = size;
        }

        static Node of(ChatWidget widget, Node left, Node right) {
            return new Node(widget, left, right, OrderedWidgets.size(left) + OrderedWidgets.size(right) + 1);
        }
    }

    int size() {
        return size(root);
    }

    boolean isEmpty() {
        return root == null;
    }

    /** Adds {@code widget}, or replaces the widget with its id and creation time. */
    OrderedWidgets put(ChatWidget widget) {
        return new OrderedWidgets(insert(root, widget));
    }

    /** Removes the widget with the id and creation time of {@code widget}, if present. */
    OrderedWidgets remove(ChatWidget widget) {
        Node next = delete(root, widget);
        return next == root ? this : new OrderedWidgets(next);
    }

    /** The widget at {@code index} in list order. */
    ChatWidget get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        Node n = root;
        while (true) {
            int leftSize = size(n.left);
            if (index < leftSize) {
                n = n.left;
            } else if (index == leftSize) {
                return n.widget;
            } else {
                index -= leftSize + 1;
                n = n.right;
            }
        }
    }

    /** How many widgets come before {@code widget} in list order (whether or not it is in this tree). */
    int rank(ChatWidget widget) {
        int rank = 0;
        Node n = root;
        while (n != null) {
            int c = ListOrder.compare(widget, n.widget);
            if (c < 0) {
                n = n.left;
            } else if (c == 0) {
                return rank + size(n.left);
            } else {
                rank += size(n.left) + 1;
                n = n.right;
            }
        }
        return rank;
    }

    @Override
    public Iterator<ChatWidget> iterator() {
        return iterator(0);
    }

    /** Widgets in list order from {@code index} on. */
    Iterator<ChatWidget> iterator(int index) {
        return new From(root, index);
    }

    /** Whether every size is right and every node is weight-balanced (for tests). */
    boolean isBalanced() {
        return checked(root) >= 0;
    }

    private static int checked(Node n) {
        if (n == null) {
            return 0;
        }
        int l = checked(n.left);
        int r = checked(n.right);
        boolean ok = l >= 0 && r >= 0 && n.size == l + r + 1
                && DELTA * (l + 1) >= r + 1 && DELTA * (r + 1) >= l + 1;
        return ok ? n.size : -1;
    }

    private static int size(Node n) {
        return n == null ? 0 : n.size;
    }

    private static Node insert(Node n, ChatWidget w) {
        if (n == null) {
            return new Node(w, null, null, 1);
        }
        int c = ListOrder.compare(w, n.widget);
        if (c < 0) {
            return balance(n.widget, insert(n.left, w), n.right);
        }
        if (c > 0) {
            return balance(n.widget, n.left, insert(n.right, w));
        }
        return new Node(w, n.left, n.right, n.size);
    }

    private static Node delete(Node n, ChatWidget w) {
        if (n == null) {
            return null;
        }
        int c = ListOrder.compare(w, n.widget);
        if (c < 0) {
            Node left = delete(n.left, w);
            return left == n.left ? n : balance(n.widget, left, n.right);
        }
        if (c > 0) {
            Node right = delete(n.right, w);
            return right == n.right ? n : balance(n.widget, n.left, right);
        }
        return glue(n.left, n.right);
    }

    /** Joins two balanced siblings, taking the new root from the bigger side. */
    private static Node glue(Node left, Node right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (left.size > right.size) {
            ChatWidget max = max(left);
            return balance(max, deleteMax(left), right);
        }
        ChatWidget min = min(right);
        return balance(min, left, deleteMin(right));
    }

    private static ChatWidget min(Node n) {
        while (n.left != null) {
            n = n.left;
        }
        return n.widget;
    }

    private static ChatWidget max(Node n) {
        while (n.right != null) {
            n = n.right;
        }
        return n.widget;
    }

    private static Node deleteMin(Node n) {
        return n.left == null ? n.right : balance(n.widget, deleteMin(n.left), n.right);
    }

    private static Node deleteMax(Node n) {
        return n.right == null ? n.left : balance(n.widget, n.left, deleteMax(n.right));
    }

    /** Restores balance after one insertion or deletion below this node. */
    private static Node balance(ChatWidget w, Node left, Node right) {
        int l = size(left) + 1;
        int r = size(right) + 1;
        if (r > DELTA * l) {
            return size(right.left) + 1 < RATIO * (size(right.right) + 1)
                    ? Node.of(right.widget, Node.of(w, left, right.left), right.right)
                    : Node.of(right.left.widget, Node.of(w, left, right.left.left),
                            Node.of(right.widget, right.left.right, right.right));
        }
        if (l > DELTA * r) {
            return size(left.right) + 1 < RATIO * (size(left.left) + 1)
                    ? Node.of(left.widget, left.left, Node.of(w, left.right, right))
                    : Node.of(left.right.widget, Node.of(left.widget, left.left, left.right.left),
                            Node.of(w, left.right.right, right));
        }
        return Node.of(w, left, right);
    }

    /** In-order walk from a position: a stack of the nodes still to visit, nearest on top. */
    private static final class From implements Iterator<ChatWidget> {
        private Node[] stack = new Node[48];
        private int depth;

        From(Node n, int index) {
            while (n != null) {
                int leftSize = size(n.left);
                if (index < leftSize) {
                    push(n);
                    n = n.left;
                } else if (index == leftSize) {
                    push(n);
                    return;
                } else {
                    index -= leftSize + 1;
                    n = n.right;
                }
            }
        }

        private void push(Node n) {
            if (depth == stack.length) {
                stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = n;
        }

        @Override
        public boolean hasNext() {
            return depth > 0;
        }

        @Override
        public ChatWidget next() {
            if (depth == 0) {
                throw new NoSuchElementException();
            }
            Node n = stack[--depth];
            stack[depth] = null;
            for (Node m = n.right; m != null; m = m.left) {
                push(m);
            }
            return n.widget;
        }
    }
}
