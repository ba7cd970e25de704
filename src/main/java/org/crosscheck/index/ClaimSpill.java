package org.crosscheck.index;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.crosscheck.model.Claim;
import org.crosscheck.model.StoreException;

/**
 * A run's claims in a temporary file, read back one by one by position, so that the heap holds a
 * dozen bytes per claim rather than the claim. The file is opened for deletion on close: on POSIX
 * systems it is unlinked at once and its space freed when the spill is no longer reachable or the
 * JVM exits; elsewhere it is deleted then.
 */
public final class ClaimSpill {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    /** One claim's bytes, before they join the file. */
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(512);
    private final DataOutputStream recordOut = new DataOutputStream(record);
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final List<String> sourceIds = new ArrayList<>();
    private long[] offsets = new long[1024];
    private int[] sourceOf = new int[1024];
    private int size;
    private boolean finished;

    private ClaimSpill(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        CLEANER.register(this, new Closer(channel));
    }

    /** An empty spill in a new temporary file in {@code dir}. */
    public static ClaimSpill create(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "claims-", ".spill");
            return new ClaimSpill(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new StoreException("cannot create a claim spill file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code claim} after the others. */
    public void append(Claim claim) {
        if (finished) {
            throw new IllegalStateException("the spill is finished: its claims are being read");
        }
        try {
            record.reset();
            ClaimCodec.writeOne(recordOut, claim);
            recordOut.flush();
            record.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claim spill file " + file + ": " + e.getMessage(), e);
        }
        if (size + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length + offsets.length / 2);
            sourceOf = Arrays.copyOf(sourceOf, offsets.length);
        }
        sourceOf[size] = sourceNumbers.computeIfAbsent(claim.sourceId(), id -> {
            sourceIds.add(id);
            return sourceIds.size() - 1;
        });
        offsets[size + 1] = offsets[size] + record.size();
        size++;
    }

    /** The claims written, in order; after this call no more can be written. Safe to read from several threads. */
    public List<Claim> claims() {
        if (!finished) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claim spill file " + file + ": " + e.getMessage(), e);
            }
            finished = true;
        }
        return new Claims();
    }

    private Claim read(int index) {
        long at = offsets[index];
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[index + 1] - at));
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("it ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the claim spill file " + file + ": " + e, e);
        }
        String sourceId = sourceIds.get(sourceOf[index]);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.array()))) {
            return ClaimCodec.readOne(sourceId, in);
        } catch (IOException e) {
            throw new UncheckedIOException("claim spill entry " + index + " of " + sourceId + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The spill's claims as a list; it keeps the spill, and so its file, alive. */
    private final class Claims extends AbstractList<Claim> implements RandomAccess {
        private final int count = size;

        @Override
        public Claim get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            return read(index);
        }

        @Override
        public int size() {
            return count;
        }
    }

    /** Closes the file, which deletes it; run once, by the cleaner. */
    private record Closer(FileChannel channel) implements Runnable {
        @Override
        public void run() {
            try {
                channel.close();
            } catch (IOException e) {
                // The file is a temporary one: nothing is lost if closing it fails.
            }
        }
    }
}
